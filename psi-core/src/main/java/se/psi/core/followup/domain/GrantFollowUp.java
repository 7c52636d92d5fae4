package se.psi.core.followup.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.followup.domain.FollowUpEvent.FinalReportReminded;
import se.psi.core.followup.domain.FollowUpEvent.FinalReportSubmitted;
import se.psi.core.followup.domain.FollowUpEvent.GrantAccepted;
import se.psi.core.followup.domain.FollowUpEvent.GrantFollowUpOpened;
import se.psi.core.followup.domain.FollowUpEvent.GrantPaidOut;
import se.psi.core.followup.domain.FollowUpEvent.ProjectChangeDecided;
import se.psi.core.followup.domain.FollowUpEvent.ProjectChangeRequested;
import se.psi.core.followup.domain.FollowUpEvent.RepaymentClaimed;
import se.psi.core.followup.domain.FollowUpEvent.RepaymentReceived;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Sek;

/**
 * GRA-17: a grant after its decision, keyed by the granted application: acceptance, payouts on signed requests,
 * changes to the project, the final report with its reminders, and repayment claims. The sum paid never exceeds the
 * sum granted, and the sum claimed back never exceeds the sum paid.
 */
@Value.Immutable
@PsiStyle
public abstract class GrantFollowUp {

  /** The resource type as the audit log and refusals name it. */
  public static final String TYPE = "GrantFollowUp";

  public abstract GrantApplicationId applicationId();

  public abstract int schemeYear();

  /** The grantee organisation, which owns the follow-up. */
  public abstract OrganisationNumber grantee();

  public abstract String projectTitle();

  public abstract Sek granted();

  public abstract FollowUpTerms terms();

  public abstract LocalDate openedOn();

  public abstract Optional<Acceptance> acceptance();

  public abstract List<Payout> payouts();

  public abstract List<ProjectChange> changes();

  public abstract Optional<FinalReport> report();

  /** The days the grantee was reminded of the final report, oldest first. */
  public abstract List<LocalDate> reminders();

  public abstract List<RepaymentClaim> claims();

  public abstract long version();

  @Value.Check
  protected void check() {
    if (paid().isMoreThan(granted()) || claimed().isMoreThan(paid())) {
      throw new IllegalStateException("follow-up " + applicationId() + ": paid above granted or claimed above paid");
    }
  }

  /** GRA-17: the follow-up of a grant of {@code granted}, opened with its terms. */
  public static Changed<GrantFollowUp> open(GrantApplicationId id, int schemeYear, OrganisationNumber grantee,
      String title, Sek granted, FollowUpTerms terms, LocalDate on, Supplier<EventMeta> meta) {
    GrantFollowUp opened = builder().applicationId(id).schemeYear(schemeYear).grantee(grantee).projectTitle(title)
        .granted(granted).terms(terms).openedOn(on).version(1).build();
    return Changed.of(opened, List.of(new GrantFollowUpOpened(meta.get(), id, schemeYear, granted.kronor(),
        terms.reportDue())));
  }

  public Sek paid() {
    return payouts().stream().map(Payout::amount).reduce(Sek.ZERO, Sek::plus);
  }

  public Sek unpaid() {
    return granted().minusOrZero(paid());
  }

  public Sek claimed() {
    return claims().stream().map(RepaymentClaim::amount).reduce(Sek.ZERO, Sek::plus);
  }

  public Sek repaid() {
    return claims().stream().filter(RepaymentClaim::repaid).map(RepaymentClaim::amount).reduce(Sek.ZERO, Sek::plus);
  }

  /** GRA-17: the grantee accepts the grant and its conditions, naming its authorised signatories. */
  public Either<Rejection, Changed<GrantFollowUp>> accept(Acceptance acceptance, Supplier<EventMeta> meta) {
    if (acceptance().isPresent()) {
      return refused("ACCEPTED", "followup.alreadyAccepted");
    }
    return Either.right(Changed.of(next().acceptance(acceptance).build(), List.of(new GrantAccepted(meta.get(),
        applicationId(), acceptance.acceptedOn(), acceptance.signatories().size()))));
  }

  /** GRA-17: pays {@code amount} on a request signed by {@code signedBy}, if the payout rules allow it. */
  public Either<Rejection, Changed<GrantFollowUp>> pay(UUID payoutId, Sek amount, String signedBy, RuleSet ruleSet,
      LocalDate on, Supplier<EventMeta> meta) {
    return Rules.require(FollowUpRules.PAYOUT, new FollowUpRules.PayoutRequest(this, amount, signedBy), ruleSet, on)
        .map(allowed -> {
          GrantFollowUp paid = next().addPayouts(new Payout(payoutId, amount, signedBy, on)).build();
          return Changed.of(paid, List.of(new GrantPaidOut(meta.get(), applicationId(), payoutId, schemeYear(),
              amount.kronor(), paid.paid().kronor())));
        });
  }

  /** GRA-17: the grantee asks to change the project; the change takes effect only once approved. */
  public Either<Rejection, Changed<GrantFollowUp>> requestChange(UUID changeId, String description,
      String requestedBy, LocalDate on, Supplier<EventMeta> meta) {
    if (acceptance().isEmpty() || report().isPresent()) {
      return refused(stage(), "followup.changeNotOpen");
    }
    ProjectChange change = new ProjectChange(changeId, description, requestedBy, on, Optional.empty());
    return Either.right(Changed.of(next().addChanges(change).build(),
        List.of(new ProjectChangeRequested(meta.get(), applicationId(), changeId))));
  }

  /** GRA-17: the Region approves or refuses a pending change, with its reasons. */
  public Either<Rejection, Changed<GrantFollowUp>> decideChange(UUID changeId, ProjectChange.Decision decision,
      Supplier<EventMeta> meta) {
    Optional<ProjectChange> change = changes().stream().filter(c -> c.id().equals(changeId)).findFirst();
    if (change.isEmpty()) {
      return Either.left(new Rejection.NotFound("ProjectChange", changeId.toString()));
    }
    if (!change.get().pending()) {
      return Either.left(new Rejection.IllegalState("ProjectChange", changeId.toString(), "DECIDED",
          "followup.changeDecided"));
    }
    List<ProjectChange> decided = new ArrayList<>();
    for (ProjectChange c : changes()) {
      decided.add(c.id().equals(changeId) ? new ProjectChange(c.id(), c.description(), c.requestedBy(),
          c.requestedOn(), Optional.of(decision)) : c);
    }
    return Either.right(Changed.of(next().changes(decided).build(), List.of(new ProjectChangeDecided(meta.get(),
        applicationId(), changeId, decision.approved()))));
  }

  /**
   * GRA-17: the final report, checked against the grant ({@link FollowUpRules#REPORT}); the verdicts are recorded
   * with it. A report waits for the decision on any pending change, so that it reports on the project as approved.
   */
  public Either<Rejection, Changed<GrantFollowUp>> submitReport(String whatWasDone, Sek spent, Sek coFinancing,
      String submittedBy, RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (acceptance().isEmpty() || report().isPresent()) {
      return refused(stage(), "followup.reportNotOpen");
    }
    if (changes().stream().anyMatch(ProjectChange::pending)) {
      return refused("CHANGE_PENDING", "followup.changePending");
    }
    Explanation checked = Rules.explain(FollowUpRules.REPORT, new FollowUpRules.Report(this, spent, coFinancing),
        ruleSet, on);
    FinalReport report = new FinalReport(whatWasDone, spent, coFinancing, submittedBy, on, checked);
    return Either.right(Changed.of(next().report(report).build(), List.of(new FinalReportSubmitted(meta.get(),
        applicationId(), spent.kronor(), coFinancing.kronor(), paid().minusOrZero(spent).kronor(),
        checked.allMet()))));
  }

  /**
   * GRA-17: whether the grantee is due a reminder of the final report on {@code on}: an accepted grant without a
   * report, from the terms' first reminder day, then once every interval.
   */
  public boolean reminderDueOn(LocalDate on) {
    if (acceptance().isEmpty() || report().isPresent() || on.isBefore(terms().firstReminder())) {
      return false;
    }
    return reminders().isEmpty()
        || !on.isBefore(reminders().get(reminders().size() - 1).plusDays(terms().reminderIntervalDays()));
  }

  /** GRA-17: the grantee was reminded of the final report on {@code on}. */
  public Changed<GrantFollowUp> remind(LocalDate on, Supplier<EventMeta> meta) {
    return Changed.of(next().addReminders(on).build(), List.of(new FinalReportReminded(meta.get(), applicationId(),
        terms().reportDue(), on.isAfter(terms().reportDue()))));
  }

  /** GRA-17: money unused or not used as granted is claimed back, never more than was paid and not yet claimed. */
  public Either<Rejection, Changed<GrantFollowUp>> claim(RepaymentClaim claim, RuleSet ruleSet,
      Supplier<EventMeta> meta) {
    return Rules.require(FollowUpRules.CLAIM, new FollowUpRules.Claim(this, claim.amount()), ruleSet,
            claim.claimedOn())
        .map(allowed -> Changed.of(next().addClaims(claim).build(), List.of(new RepaymentClaimed(meta.get(),
            applicationId(), claim.id(), schemeYear(), claim.amount().kronor(), claim.reason()))));
  }

  /** GRA-17: a claim was repaid in full on {@code on}. */
  public Either<Rejection, Changed<GrantFollowUp>> recordRepayment(UUID claimId, LocalDate on,
      Supplier<EventMeta> meta) {
    Optional<RepaymentClaim> claim = claims().stream().filter(c -> c.id().equals(claimId)).findFirst();
    if (claim.isEmpty()) {
      return Either.left(new Rejection.NotFound("RepaymentClaim", claimId.toString()));
    }
    if (claim.get().repaid()) {
      return Either.left(new Rejection.IllegalState("RepaymentClaim", claimId.toString(), "REPAID",
          "followup.alreadyRepaid"));
    }
    List<RepaymentClaim> claims = claims().stream().map(c -> c.id().equals(claimId) ? new RepaymentClaim(c.id(),
        c.amount(), c.reason(), c.grounds(), c.claimedBy(), c.claimedOn(), Optional.of(on)) : c).toList();
    return Either.right(Changed.of(next().claims(claims).build(), List.of(new RepaymentReceived(meta.get(),
        applicationId(), claimId, schemeYear(), claim.get().amount().kronor()))));
  }

  /** Where the follow-up stands, as a refusal names it. */
  public String stage() {
    return report().isPresent() ? "REPORTED" : acceptance().isPresent() ? "ACCEPTED" : "OPEN";
  }

  private Builder next() {
    Builder next = new Builder();
    next.from(this);
    next.version(version() + 1);
    return next;
  }

  private <T> Either<Rejection, T> refused(String state, String messageKey) {
    return Either.left(new Rejection.IllegalState(TYPE, applicationId().toString(), state, messageKey));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a follow-up from stored state. */
  public static final class Builder extends ImmutableGrantFollowUp.Builder {}
}
