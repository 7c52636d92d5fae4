package se.psi.adapters.web;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.out.OperationalPlans;

/**
 * The in-memory plans, except that once {@link #overtakeNextSave} is called, the next save meets a change of the same
 * version saved just before it: as when another request, which read the same version, saved first.
 */
final class OvertakenPlans implements OperationalPlans {

  private final OperationalPlans stored;
  private volatile boolean overtaken;

  OvertakenPlans(OperationalPlans stored) {
    this.stored = stored;
  }

  void overtakeNextSave() {
    overtaken = true;
  }

  @Override
  public Option<OperationalPlan> find(OperationalPlanId id) {
    return stored.find(id);
  }

  @Override
  public List<OperationalPlan> all() {
    return stored.all();
  }

  @Override
  public void save(OperationalPlan plan) {
    if (overtaken) {
      overtaken = false;
      stored.save(plan);
    }
    stored.save(plan);
  }
}
