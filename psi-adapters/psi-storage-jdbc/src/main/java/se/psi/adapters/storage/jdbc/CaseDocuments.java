package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.adapters.storage.jdbc.StoredValues.StoredReferral;
import se.psi.core.advisory.domain.AdvisoryCase.IncomingReferral;
import se.psi.core.advisory.domain.AdvisoryCase.Outcome;
import se.psi.core.advisory.domain.AdvisoryCase.OutcomeKind;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.domain.Triage;
import se.psi.core.idea.domain.TriageOutcome;

/** The JSON documents of ideas and advisory cases, and their storage records. */
final class CaseDocuments {

  private CaseDocuments() {}

  record StoredTriage(TriageOutcome outcome, String note, LocalDate on, String by, Optional<UUID> ledTo) {}

  record StoredIncomingReferral(String from, String why) {}

  record StoredOutcome(OutcomeKind kind, String note, Optional<StoredReferral> referral, String by, LocalDate on,
      Optional<UUID> created) {}

  static final DocumentKind<Triage> TRIAGE = DocumentKind.of("idea.triage", new TypeReference<StoredTriage>() {},
      t -> new StoredTriage(t.outcome(), t.note(), t.on(), t.by(), t.ledTo().map(LedTo::value)),
      t -> new Triage(t.outcome(), t.note(), t.on(), t.by(), t.ledTo().map(id -> LedTo.of(t.outcome(), id))));

  static final DocumentKind<IncomingReferral> REFERRED_FROM = DocumentKind.of("advisory_case.referred_from",
      new TypeReference<StoredIncomingReferral>() {}, r -> new StoredIncomingReferral(r.from(), r.why()),
      r -> new IncomingReferral(r.from(), r.why()));

  static final DocumentKind<List<Outcome>> OUTCOMES = DocumentKind.listOf("advisory_case.outcomes",
      new TypeReference<List<StoredOutcome>>() {},
      o -> new StoredOutcome(o.kind(), o.note(), StoredReferral.of(o.referral()), o.by(), o.on(),
          o.created().map(LedTo::value)),
      o -> new Outcome(o.kind(), o.note(), o.referral().map(StoredReferral::toDomain), o.by(), o.on(),
          o.created().map(LedTo.ProjectBankEntry::new)));

  static final List<DocumentKind<?>> KINDS = List.of(TRIAGE, REFERRED_FROM, OUTCOMES);
}
