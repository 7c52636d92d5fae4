package se.psi.core.committee.application;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.NextCommitteeMeetingsUseCase;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.application.EventPolicy;

/**
 * Wires the working-committee use cases (AU-1..4) and the policies that end a seat when its partner withdraws
 * (MEM-7) or its agreement ends (MEM-8). Needs WorkingCommittees, Partners.
 */
public final class CommitteeModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(TakeCommitteeSeatUseCase.class).to(TakeCommitteeSeatService.class);
    bind(LeaveCommitteeSeatUseCase.class).to(LeaveCommitteeSeatService.class);
    bind(GetWorkingCommitteeUseCase.class).to(CommitteeQueriesService.class);
    bind(NextCommitteeMeetingsUseCase.class).to(CommitteeQueriesService.class);
    Multibinder<EventPolicy> policies = Multibinder.newSetBinder(binder(), EventPolicy.class);
    policies.addBinding().to(PartnerLeavingPolicy.class);
  }
}
