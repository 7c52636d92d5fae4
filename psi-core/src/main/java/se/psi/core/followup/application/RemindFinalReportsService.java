package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.REMIND_FINAL_REPORTS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.application.DailyJob;
import se.psi.core.application.Today;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.FinalReportDutiesQuery;
import se.psi.core.followup.port.in.RemindFinalReportsUseCase;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.rules.Rejection;

/** GRA-17: reminds each grantee whose final report is due a reminder today, under its follow-up's terms. */
final class RemindFinalReportsService implements RemindFinalReportsUseCase {

  private final FollowUpChanges followUps;
  private final GrantFollowUps stored;

  @Inject
  RemindFinalReportsService(FollowUpChanges followUps, GrantFollowUps stored) {
    this.followUps = followUps;
    this.stored = stored;
  }

  @Override
  public Either<Rejection, List<GrantApplicationId>> remindFinalReports(FinalReportDutiesQuery query) {
    return followUps.changes.daily(REMIND_FINAL_REPORTS, GrantFollowUp.TYPE, query.actor(), query, this::remindDue);
  }

  private Either<Rejection, List<DailyJob.Done<GrantApplicationId>>> remindDue(Today today) {
    LocalDate on = today.date();
    List<DailyJob.Done<GrantApplicationId>> reminded = new ArrayList<>();
    for (GrantFollowUp followUp : stored.awaitingReport(on)) {
      if (followUp.reminderDueOn(on)) {
        var changed = followUp.remind(on, today.eventMeta());
        stored.save(changed.aggregate());
        reminded.add(new DailyJob.Done<>(followUp.applicationId(), changed.events()));
      }
    }
    return Either.right(reminded);
  }
}
