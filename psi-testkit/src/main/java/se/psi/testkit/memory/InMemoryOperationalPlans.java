package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.port.out.OperationalPlans;

/** {@link OperationalPlans} in memory. */
public final class InMemoryOperationalPlans extends InMemoryRepository<OperationalPlanId, OperationalPlan>
    implements OperationalPlans {

  public InMemoryOperationalPlans() {
    super(OperationalPlan.TYPE, OperationalPlan::id, OperationalPlan::version);
  }

  @Override
  public Option<OperationalPlan> find(OperationalPlanId id) {
    return store.find(id);
  }

  @Override
  public List<OperationalPlan> all() {
    return store.all().stream().sorted(Comparator.comparing(OperationalPlan::fromYear)
        .thenComparing(p -> p.id().value())).toList();
  }

  @Override
  public void save(OperationalPlan plan) {
    store.save(plan);
  }
}
