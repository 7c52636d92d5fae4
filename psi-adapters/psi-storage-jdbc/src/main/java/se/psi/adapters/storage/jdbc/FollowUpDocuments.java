package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.adapters.storage.jdbc.StoredValues.StoredSek;
import se.psi.core.followup.domain.Acceptance;
import se.psi.core.followup.domain.Payout;
import se.psi.core.followup.domain.ProjectChange;
import se.psi.core.followup.domain.RepaymentClaim;

/** The JSON documents of a grant's follow-up (table {@code grant_follow_up}) and their storage records. */
final class FollowUpDocuments {

  private FollowUpDocuments() {}

  record StoredAcceptance(String acceptedBy, LocalDate acceptedOn, List<String> signatories, String evidence) {}

  record StoredPayout(UUID id, StoredSek amount, String signedBy, LocalDate paidOn) {}

  record StoredChangeDecision(boolean approved, String reasons, String decidedBy, LocalDate decidedOn) {}

  record StoredChange(UUID id, String description, String requestedBy, LocalDate requestedOn,
      Optional<StoredChangeDecision> decision) {}

  /** The report without its explanation, which has columns of its own. */
  record StoredReport(String whatWasDone, StoredSek spent, StoredSek coFinancing, String submittedBy,
      LocalDate submittedOn) {}

  record StoredClaim(UUID id, StoredSek amount, RepaymentClaim.Reason reason, String grounds, String claimedBy,
      LocalDate claimedOn, Optional<LocalDate> repaidOn) {}

  static final DocumentKind<Acceptance> ACCEPTANCE = DocumentKind.of("grant_follow_up.acceptance",
      new TypeReference<StoredAcceptance>() {},
      a -> new StoredAcceptance(a.acceptedBy(), a.acceptedOn(), a.signatories(), a.evidence()),
      a -> new Acceptance(a.acceptedBy(), a.acceptedOn(), a.signatories(), a.evidence()));

  static final DocumentKind<List<Payout>> PAYOUTS = DocumentKind.listOf("grant_follow_up.payouts",
      new TypeReference<List<StoredPayout>>() {},
      p -> new StoredPayout(p.id(), StoredSek.of(p.amount()), p.signedBy(), p.paidOn()),
      p -> new Payout(p.id(), p.amount().toDomain(), p.signedBy(), p.paidOn()));

  static final DocumentKind<List<ProjectChange>> CHANGES = DocumentKind.listOf("grant_follow_up.changes",
      new TypeReference<List<StoredChange>>() {},
      c -> new StoredChange(c.id(), c.description(), c.requestedBy(), c.requestedOn(), c.decision().map(d ->
          new StoredChangeDecision(d.approved(), d.reasons(), d.decidedBy(), d.decidedOn()))),
      c -> new ProjectChange(c.id(), c.description(), c.requestedBy(), c.requestedOn(), c.decision().map(d ->
          new ProjectChange.Decision(d.approved(), d.reasons(), d.decidedBy(), d.decidedOn()))));

  static final DocumentKind<StoredReport> REPORT = DocumentKind.of("grant_follow_up.report",
      new TypeReference<StoredReport>() {}, r -> r, r -> r);

  static final DocumentKind<List<LocalDate>> REMINDERS = DocumentKind.of("grant_follow_up.reminders",
      new TypeReference<List<LocalDate>>() {}, days -> days, days -> days);

  static final DocumentKind<List<RepaymentClaim>> CLAIMS = DocumentKind.listOf("grant_follow_up.claims",
      new TypeReference<List<StoredClaim>>() {},
      c -> new StoredClaim(c.id(), StoredSek.of(c.amount()), c.reason(), c.grounds(), c.claimedBy(), c.claimedOn(),
          c.repaidOn()),
      c -> new RepaymentClaim(c.id(), c.amount().toDomain(), c.reason(), c.grounds(), c.claimedBy(), c.claimedOn(),
          c.repaidOn()));

  static final List<DocumentKind<?>> KINDS = List.of(ACCEPTANCE, PAYOUTS, CHANGES, REPORT, REMINDERS, CLAIMS);
}
