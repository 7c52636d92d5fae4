package se.psi.core.committee.application;

import java.util.List;
import se.psi.core.application.EventPolicy;
import se.psi.core.application.Kernel;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.NextCommitteeMeetingsUseCase;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.UnitOfWork;

/**
 * Builds the working-committee use cases (AU-1..4) over the kernel, the working committees and the partners, and the
 * policy that ends a seat when its partner withdraws (MEM-7) or its agreement ends (MEM-8).
 */
public final class CommitteeWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(TakeCommitteeSeatUseCase.class,
      LeaveCommitteeSeatUseCase.class, GetWorkingCommitteeUseCase.class, NextCommitteeMeetingsUseCase.class);

  private CommitteeWiring() {}

  /** The committee's reactions to other features' events; the kernel's event bus runs them. */
  public static List<EventPolicy> policies(Today today, WorkingCommittees committees, UnitOfWork unitOfWork) {
    return List.of(new PartnerLeavingPolicy(new Committees(committees, today), today, unitOfWork));
  }

  public static void register(UseCaseRegistry useCases, Kernel kernel, WorkingCommittees workingCommittees,
      Partners partners) {
    var committees = new Committees(workingCommittees, kernel.today());
    var queries = new CommitteeQueriesService(kernel.boundary(), committees, kernel.today());
    useCases
        .add(TakeCommitteeSeatUseCase.class, new TakeCommitteeSeatService(kernel.changes(), committees, partners))
        .add(LeaveCommitteeSeatUseCase.class, new LeaveCommitteeSeatService(kernel.changes(), committees))
        .add(GetWorkingCommitteeUseCase.class, queries)
        .add(NextCommitteeMeetingsUseCase.class, queries);
  }
}
