package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.domain.RepaymentClaim;
import se.psi.core.followup.port.in.GrantFollowUpView;
import se.psi.adapters.web.json.MeetingJson.PresentationView;

/** A grant after its decision (GRA-17): requests and answers. Amounts are whole kronor. */
public final class FollowUpJson {

  private FollowUpJson() {}

  /** The Region opens the follow-up with the decision's terms. */
  public record OpenRequest(LocalDate reportDue, Long coFinancingRequiredKronor, Integer reminderLeadDays,
      Integer reminderIntervalDays) {}

  /** The grantee accepts, naming its authorised signatories (firmatecknare) and what shows their authority. */
  public record AcceptanceRequest(List<String> signatories, String signatoryEvidence) {}

  /** A payout request, signed by the caller. */
  public record PayoutRequest(Long amountKronor) {}

  /** A change to the project the grantee asks for. */
  public record ChangeRequest(String description) {}

  /** The Region's decision on a change, with its reasons. */
  public record ChangeDecisionRequest(Boolean approved, String reasons) {}

  /** The final report. */
  public record ReportRequest(String whatWasDone, Long spentKronor, Long coFinancingKronor) {}

  /** A repayment claim. */
  public record ClaimRequest(Long amountKronor, RepaymentClaim.Reason reason, String grounds) {}

  public record PayoutJson(UUID id, long amountKronor, String signedBy, LocalDate paidOn) {}

  public record ChangeJson(UUID id, String description, LocalDate requestedOn, Boolean approved, String reasons,
      LocalDate decidedOn) {}

  public record ReportJson(String whatWasDone, long spentKronor, long coFinancingKronor, LocalDate submittedOn,
      ExplanationJson explanation) {}

  public record ClaimJson(UUID id, long amountKronor, RepaymentClaim.Reason reason, String grounds,
      LocalDate claimedOn, LocalDate repaidOn) {}

  /** The follow-up as it stands, with the presentation its project owes (GRA-8), where it owes one. */
  public record FollowUpView(UUID applicationId, int schemeYear, String grantee, String projectTitle,
      long grantedKronor, long paidKronor, long claimedKronor, long repaidKronor, LocalDate reportDue,
      long coFinancingRequiredKronor, LocalDate acceptedOn, List<String> signatories, List<PayoutJson> payouts,
      List<ChangeJson> changes, ReportJson report, List<LocalDate> reminders, List<ClaimJson> claims,
      PresentationView presentation, long version) {

    public static FollowUpView of(GrantFollowUp f, Texts texts) {
      return of(new GrantFollowUpView(f, java.util.Optional.empty()), texts);
    }

    public static FollowUpView of(GrantFollowUpView view, Texts texts) {
      GrantFollowUp f = view.followUp();
      return new FollowUpView(f.applicationId().value(), f.schemeYear(), f.grantee().toString(), f.projectTitle(),
          f.granted().kronor(), f.paid().kronor(), f.claimed().kronor(), f.repaid().kronor(), f.terms().reportDue(),
          f.terms().coFinancingRequired().kronor(), f.acceptance().map(a -> a.acceptedOn()).orElse(null),
          f.acceptance().map(a -> a.signatories()).orElse(List.of()),
          f.payouts().stream().map(p -> new PayoutJson(p.id(), p.amount().kronor(), p.signedBy(), p.paidOn()))
              .toList(),
          f.changes().stream().map(c -> new ChangeJson(c.id(), c.description(), c.requestedOn(),
              c.decision().map(d -> d.approved()).orElse(null), c.decision().map(d -> d.reasons()).orElse(null),
              c.decision().map(d -> d.decidedOn()).orElse(null))).toList(),
          f.report().map(r -> new ReportJson(r.whatWasDone(), r.spent().kronor(), r.coFinancing().kronor(),
              r.submittedOn(), ExplanationJson.of(r.explanation(), texts))).orElse(null),
          f.reminders(),
          f.claims().stream().map(c -> new ClaimJson(c.id(), c.amount().kronor(), c.reason(), c.grounds(),
              c.claimedOn(), c.repaidOn().orElse(null))).toList(),
          view.presentation().map(PresentationView::of).orElse(null), f.version());
    }
  }
}
