package se.psi.core.followup.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.followup.port.in.AcceptGrantUseCase;
import se.psi.core.followup.port.in.ClaimRepaymentUseCase;
import se.psi.core.followup.port.in.DecideProjectChangeUseCase;
import se.psi.core.followup.port.in.GetGrantFollowUpUseCase;
import se.psi.core.followup.port.in.OpenGrantFollowUpUseCase;
import se.psi.core.followup.port.in.RecordRepaymentUseCase;
import se.psi.core.followup.port.in.RemindFinalReportsUseCase;
import se.psi.core.followup.port.in.RequestPayoutUseCase;
import se.psi.core.followup.port.in.RequestProjectChangeUseCase;
import se.psi.core.followup.port.in.SubmitFinalReportUseCase;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.meeting.port.out.PresentationObligations;

/**
 * Builds the follow-up use cases (GRA-17 with GRA-8) over the kernel, the follow-ups, the granted applications they
 * are opened from, the schemes whose figures count payouts and repayments, and the presentations the projects owe.
 */
public final class FollowUpWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(OpenGrantFollowUpUseCase.class, AcceptGrantUseCase.class,
      RequestPayoutUseCase.class, RequestProjectChangeUseCase.class, DecideProjectChangeUseCase.class,
      SubmitFinalReportUseCase.class, RemindFinalReportsUseCase.class, ClaimRepaymentUseCase.class,
      RecordRepaymentUseCase.class, GetGrantFollowUpUseCase.class);

  private FollowUpWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, GrantFollowUps followUps,
      GrantApplications applications, GrantSchemes schemes, PresentationObligations presentations) {
    var changes = new FollowUpChanges(kernel.changes(), followUps, schemes);
    useCases
        .add(OpenGrantFollowUpUseCase.class, new OpenGrantFollowUpService(changes, followUps, applications))
        .add(AcceptGrantUseCase.class, new AcceptGrantService(changes))
        .add(RequestPayoutUseCase.class, new RequestPayoutService(changes))
        .add(RequestProjectChangeUseCase.class, new RequestProjectChangeService(changes))
        .add(DecideProjectChangeUseCase.class, new DecideProjectChangeService(changes))
        .add(SubmitFinalReportUseCase.class, new SubmitFinalReportService(changes))
        .add(RemindFinalReportsUseCase.class, new RemindFinalReportsService(changes, followUps))
        .add(ClaimRepaymentUseCase.class, new ClaimRepaymentService(changes))
        .add(RecordRepaymentUseCase.class, new RecordRepaymentService(changes))
        .add(GetGrantFollowUpUseCase.class, new GetGrantFollowUpService(changes, presentations));
  }
}
