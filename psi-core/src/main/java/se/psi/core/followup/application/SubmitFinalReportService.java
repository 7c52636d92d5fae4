package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.SUBMIT_FINAL_REPORT;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.SubmitFinalReportCommand;
import se.psi.core.followup.port.in.SubmitFinalReportUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/** GRA-17: the final report, its money and co-financing checked against the grant under the day's ruleset. */
final class SubmitFinalReportService implements SubmitFinalReportUseCase {

  private final FollowUpChanges followUps;

  @Inject
  SubmitFinalReportService(FollowUpChanges followUps) {
    this.followUps = followUps;
  }

  @Override
  public Either<Rejection, GrantFollowUp> submitFinalReport(SubmitFinalReportCommand c) {
    return followUps.changes.change(SUBMIT_FINAL_REPORT, followUps.followUps, c.applicationId(), c.expectedVersion(),
        c.actor(), c, (followUp, today) -> today.ruleSet().flatMap(ruleSet -> followUp.submitReport(
            c.whatWasDone().strip(), Sek.of(c.spentKronor()), Sek.of(c.coFinancingKronor()), c.actor().personId(),
            ruleSet, today.date(), today.eventMeta())));
  }
}
