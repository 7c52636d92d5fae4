package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.psi.adapters.storage.jdbc.StoredValues.StoredId;
import se.psi.adapters.storage.jdbc.StoredValues.StoredReferral;
import se.psi.adapters.storage.jdbc.StoredValues.StoredSek;
import se.psi.core.grant.domain.ApplicantMeeting;
import se.psi.core.grant.domain.CaseDocument;
import se.psi.core.grant.domain.CompletionRequest;
import se.psi.core.grant.domain.ConflictDeclaration;
import se.psi.core.grant.domain.ConflictOfInterest;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.Judgement;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.domain.Proposal;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.grant.domain.ProjectDescription.ProjectPartner;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;

/** The JSON documents of a grant application (table {@code grant_application}) and their storage records. */
final class GrantDocuments {

  private GrantDocuments() {}

  record StoredPartner(String name, Optional<String> organisationNumber, String anchoring) {}

  record StoredProject(String title, String description, String challenge, String expectedEffects,
      List<StoredPartner> partners, Optional<StoredSek> requested, Optional<LocalDate> start,
      Optional<LocalDate> end, Set<PriorityArea> priorityAreas) {

    static StoredProject of(ProjectDescription p) {
      return new StoredProject(p.title(), p.description(), p.challenge(), p.expectedEffects(), p.partners().stream()
          .map(x -> new StoredPartner(x.name(), x.organisationNumber().map(OrganisationNumber::toString),
              x.anchoring())).toList(), StoredSek.of(p.requested()), p.start(), p.end(), p.priorityAreas());
    }

    ProjectDescription toDomain() {
      return new ProjectDescription(title, description, challenge, expectedEffects, partners.stream()
          .map(x -> new ProjectPartner(x.name(), x.organisationNumber().map(OrganisationNumber::of), x.anchoring()))
          .toList(), requested.map(StoredSek::toDomain), start, end, priorityAreas);
    }
  }

  record StoredMember(String personId, MemberRole role, String organisation) {}

  record StoredConflict(String personId, String reason, boolean detected, LocalDate on) {}

  record StoredDeclaration(String personId, LocalDate on, Optional<String> conflict) {}

  record StoredJudgement(Criterion criterion, String personId, Judged verdict, String reasoning, LocalDate on) {}

  record StoredMeeting(LocalDate date, String note) {}

  record StoredCompletionRequest(LocalDate on, String what, String by) {}

  record StoredProposal(GrantOutcome outcome, Optional<StoredSek> amount, List<String> conditions, String reasons,
      Optional<StoredReferral> referral, String presenter, LocalDate draftedOn) {}

  /** The decision without its explanation, which has columns of its own. */
  record StoredDecision(GrantOutcome outcome, Optional<StoredSek> amount, List<String> conditions, String reasons,
      Optional<StoredReferral> referral, String decidedBy, StoredId delegation, String presenter,
      List<String> participants, LocalDate decidedOn) {

    static StoredDecision of(GrantDecision d) {
      return new StoredDecision(d.outcome(), StoredSek.of(d.amount()), d.conditions(), d.reasons(),
          StoredReferral.of(d.referral()), d.decidedBy(), StoredId.of(d.delegation()), d.presenter(),
          d.participants(), d.decidedOn());
    }

    GrantDecision toDomain(Explanation explanation) {
      return new GrantDecision(outcome, amount.map(StoredSek::toDomain), conditions, reasons,
          referral.map(StoredReferral::toDomain), decidedBy, delegation.delegation(), presenter, participants,
          decidedOn, explanation);
    }
  }

  static final DocumentKind<ProjectDescription> PROJECT = DocumentKind.of("grant_application.project",
      new TypeReference<StoredProject>() {}, StoredProject::of, StoredProject::toDomain);

  static final DocumentKind<List<HandlingGroupMember>> HANDLING_GROUP = DocumentKind.listOf(
      "grant_application.handling_group", new TypeReference<List<StoredMember>>() {},
      m -> new StoredMember(m.personId(), m.role(), m.organisation().toString()),
      m -> new HandlingGroupMember(m.personId(), m.role(), OrganisationNumber.of(m.organisation())));

  static final DocumentKind<List<ConflictOfInterest>> CONFLICTS = DocumentKind.listOf("grant_application.conflicts",
      new TypeReference<List<StoredConflict>>() {},
      c -> new StoredConflict(c.personId(), c.reason(), c.detected(), c.on()),
      c -> new ConflictOfInterest(c.personId(), c.reason(), c.detected(), c.on()));

  static final DocumentKind<List<ConflictDeclaration>> DECLARATIONS = DocumentKind.listOf(
      "grant_application.conflict_declarations", new TypeReference<List<StoredDeclaration>>() {},
      d -> new StoredDeclaration(d.personId(), d.on(), d.conflict()),
      d -> new ConflictDeclaration(d.personId(), d.on(), d.conflict()));

  static final DocumentKind<List<Judgement>> JUDGEMENTS = DocumentKind.listOf("grant_application.judgements",
      new TypeReference<List<StoredJudgement>>() {},
      j -> new StoredJudgement(j.criterion(), j.personId(), j.verdict(), j.reasoning(), j.on()),
      j -> new Judgement(j.criterion(), j.personId(), j.verdict(), j.reasoning(), j.on()));

  static final DocumentKind<List<ApplicantMeeting>> APPLICANT_MEETINGS = DocumentKind.listOf(
      "grant_application.applicant_meetings", new TypeReference<List<StoredMeeting>>() {},
      m -> new StoredMeeting(m.date(), m.note()), m -> new ApplicantMeeting(m.date(), m.note()));

  static final DocumentKind<List<CompletionRequest>> COMPLETION_REQUESTS = DocumentKind.listOf(
      "grant_application.completion_requests", new TypeReference<List<StoredCompletionRequest>>() {},
      r -> new StoredCompletionRequest(r.on(), r.what(), r.by()), r -> new CompletionRequest(r.on(), r.what(), r.by()));

  static final DocumentKind<Proposal> PROPOSAL = DocumentKind.of("grant_application.proposal",
      new TypeReference<StoredProposal>() {},
      p -> new StoredProposal(p.outcome(), StoredSek.of(p.amount()), p.conditions(), p.reasons(),
          StoredReferral.of(p.referral()), p.presenter(), p.draftedOn()),
      p -> new Proposal(p.outcome(), p.amount().map(StoredSek::toDomain), p.conditions(), p.reasons(),
          p.referral().map(StoredReferral::toDomain), p.presenter(), p.draftedOn()));

  static final DocumentKind<StoredDecision> DECISION = DocumentKind.of("grant_application.decision",
      new TypeReference<StoredDecision>() {}, d -> d, d -> d);

  /** GRA-9: a document listed on the case. */
  record StoredCaseDocument(CaseDocument.Kind kind, LocalDate date, String reference) {}

  static final DocumentKind<List<CaseDocument>> CASE_DOCUMENTS = DocumentKind.listOf("grant_application.documents",
      new TypeReference<List<StoredCaseDocument>>() {}, d -> new StoredCaseDocument(d.kind(), d.date(), d.reference()),
      d -> new CaseDocument(d.kind(), d.date(), d.reference()));

  static final List<DocumentKind<?>> KINDS = List.of(PROJECT, HANDLING_GROUP, CONFLICTS, DECLARATIONS, JUDGEMENTS,
      APPLICANT_MEETINGS, COMPLETION_REQUESTS, PROPOSAL, DECISION, CASE_DOCUMENTS);
}
