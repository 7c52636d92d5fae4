package se.psi.core.plan.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.OperationalPlanId;

/** Driven port: operational plans, with optimistic locking as every repository. */
public interface OperationalPlans {

  Option<OperationalPlan> find(OperationalPlanId id);

  /** Every plan, oldest period first. */
  List<OperationalPlan> all();

  void save(OperationalPlan plan);
}
