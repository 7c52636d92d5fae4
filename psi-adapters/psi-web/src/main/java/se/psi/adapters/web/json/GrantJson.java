package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.MembershipJson.OrganisationJson;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantStatus;
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
import se.psi.core.grant.port.in.MemberDetails;
import se.psi.core.grant.port.in.ReferralDetails;
import se.psi.core.grant.port.in.ProjectDetails;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;

/** The grant for social innovation (GRA): requests and answers. Amounts are whole kronor. */
public final class GrantJson {

  private GrantJson() {}

  /** An administrator opens the year's scheme (GRA-1). */
  public record SchemeRequest(int year, long appropriationKronor, long minimumKronor, long maximumKronor,
      String guidelines) {}

  /** An administrator registers a delegation to decide grants (GRA-5); validUntil null means until revoked. */
  public record DelegationRequest(String delegate, String position, String fromCommittee, LocalDate validFrom,
      LocalDate validUntil) {}

  /** The applicant drafts an application (GRA-2); a draft may leave parts empty. */
  public record DraftRequest(int schemeYear, OrganisationDetails applicant, ProjectDetails project) {}

  /** The applicant revises the project of a draft or of an application asked to complete (GRA-6). */
  public record GrantRevisionRequest(ProjectDetails project) {}

  /** The handling group is formed (GRA-3, GRA-7). */
  public record AssessmentRequest(List<MemberDetails> members) {}

  /** GRA-4, GRA-7: a member joins the handling group during the assessment. */
  public record JoinRequest(MemberDetails member) {}

  /**
   * GRA-7: the caller's declaration on jäv: {@code conflict} false declares that there is none; true declares a
   * conflict, with its {@code reason}.
   */
  public record DeclarationRequest(Boolean conflict, String reason) {}

  /** A member's judgement of one criterion (GRA-4). */
  public record JudgementRequest(Criterion criterion, Judged verdict, String reasoning) {}

  /** A dated note: a declared jäv, a meeting with the applicant, a request to complete. */
  public record NoteRequest(String text, LocalDate date) {}

  /** The handling group's proposal. */
  public record ProposalRequest(GrantOutcome outcome, Long amountKronor, List<String> conditions, String reasons,
      ReferralDetails referral) {}

  /** The decision on delegation (GRA-5). */
  public record DecisionRequest(UUID delegationId, GrantOutcome outcome, Long amountKronor, List<String> conditions,
      String reasons, ReferralDetails referral, List<String> participants) {}

  public record SchemeJson(int year, long appropriationKronor, long minimumKronor, long maximumKronor,
      String guidelines, long grantedKronor, long remainingKronor, long version) {
    public static SchemeJson of(GrantScheme scheme) {
      return new SchemeJson(scheme.year(), scheme.appropriation().kronor(), scheme.minimumAmount().kronor(),
          scheme.maximumAmount().kronor(), scheme.guidelines(), scheme.granted().kronor(),
          scheme.remaining().kronor(), scheme.version());
    }
  }

  public record DelegationJson(UUID id, String delegate, String position, String fromCommittee, String matter,
      LocalDate validFrom, LocalDate validUntil, long version) {
    public static DelegationJson of(Delegation delegation) {
      return new DelegationJson(delegation.id().value(), delegation.delegate(), delegation.position(),
          delegation.fromCommittee(), delegation.matter(), delegation.validFrom(),
          delegation.validUntil().orElse(null), delegation.version());
    }
  }

  public record ProjectPartnerJson(String name, String organisationNumber, String anchoring) {}

  public record GrantProjectJson(String title, String description, String challenge, String expectedEffects,
      List<ProjectPartnerJson> partners, Long requestedKronor, LocalDate start, LocalDate end,
      Set<PriorityArea> priorityAreas) {
    static GrantProjectJson of(ProjectDescription project) {
      return new GrantProjectJson(project.title(), project.description(), project.challenge(),
          project.expectedEffects(),
          project.partners().stream().map(p -> new ProjectPartnerJson(p.name(),
              p.organisationNumber().map(Object::toString).orElse(null), p.anchoring())).toList(),
          project.requested().map(Sek::kronor).orElse(null), project.start().orElse(null),
          project.end().orElse(null), project.priorityAreas());
    }
  }

  public record MemberJson(String personId, MemberRole role, String organisationNumber) {
    static MemberJson of(HandlingGroupMember member) {
      return new MemberJson(member.personId(), member.role(), member.organisation().toString());
    }
  }

  /**
   * GRA-7: a member's jäv, declared or detected in the partnership's data; a disqualified member does not assess.
   * The reason of a detected jäv is a sentence of the core, given in the caller's language; a declared one is the
   * member's own words.
   */
  public record ConflictJson(String personId, String reason, boolean detected, LocalDate on) {
    static ConflictJson of(ConflictOfInterest conflict, Texts texts) {
      String reason = conflict.detected() && texts.core().has(conflict.reason())
          ? texts.core().format(conflict.reason()) : conflict.reason();
      return new ConflictJson(conflict.personId(), reason, conflict.detected(), conflict.on());
    }
  }

  /** GRA-7: a person's current declaration on jäv: that there is none, or a conflict with its reason. */
  public record DeclarationJson(String personId, LocalDate on, boolean conflict, String reason) {
    static DeclarationJson of(ConflictDeclaration declaration) {
      return new DeclarationJson(declaration.personId(), declaration.on(), declaration.declaresConflict(),
          declaration.conflict().orElse(null));
    }
  }

  public record JudgementJson(Criterion criterion, String personId, Judged verdict, String reasoning, LocalDate on) {
    static JudgementJson of(Judgement judgement) {
      return new JudgementJson(judgement.criterion(), judgement.personId(), judgement.verdict(),
          judgement.reasoning(), judgement.on());
    }
  }

  public record ReferralJson(String to, Referral.Kind kind, String why) {
    static ReferralJson of(Referral referral) {
      return new ReferralJson(referral.to(), referral.kind(), referral.why());
    }
  }

  public record ProposalJson(GrantOutcome outcome, Long amountKronor, List<String> conditions, String reasons,
      ReferralJson referral, String presenter, LocalDate draftedOn) {
    static ProposalJson of(Proposal proposal) {
      return new ProposalJson(proposal.outcome(), proposal.amount().map(Sek::kronor).orElse(null),
          proposal.conditions(), proposal.reasons(), proposal.referral().map(ReferralJson::of).orElse(null),
          proposal.presenter(), proposal.draftedOn());
    }
  }

  /** GRA-5: what a decision on delegation holds, with the rules it was checked by. */
  public record GrantDecisionJson(GrantOutcome outcome, Long amountKronor, List<String> conditions, String reasons,
      ReferralJson referral, String decidedBy, UUID delegationId, String presenter, List<String> participants,
      LocalDate decidedOn, ExplanationJson explanation) {
    static GrantDecisionJson of(GrantDecision decision, Texts texts) {
      return new GrantDecisionJson(decision.outcome(), decision.amount().map(Sek::kronor).orElse(null),
          decision.conditions(), decision.reasons(), decision.referral().map(ReferralJson::of).orElse(null),
          decision.decidedBy(), decision.delegation().value(), decision.presenter(), decision.participants(),
          decision.decidedOn(), ExplanationJson.of(decision.explanation(), texts));
    }
  }

  /**
   * An application's whole journey: the project, the handling group, jäv (found or declared, and each person's
   * declaration), judgements, proposal and decision.
   */
  public record GrantApplicationJson(UUID id, int schemeYear, OrganisationJson applicant, GrantProjectJson project,
      GrantStatus status, List<MemberJson> handlingGroup, List<ConflictJson> conflicts,
      List<DeclarationJson> declarations, List<JudgementJson> judgements, List<NoteJson> applicantMeetings,
      List<NoteJson> completionRequests,
      ProposalJson proposal, GrantDecisionJson decision, LocalDate submittedOn, RegistrationJson registration,
      List<CaseDocumentJson> documents, long version) {
    public static GrantApplicationJson of(GrantApplication application, Texts texts) {
      return new GrantApplicationJson(application.id().value(), application.schemeYear(),
          OrganisationJson.of(application.applicant()), GrantProjectJson.of(application.project()),
          application.status(),
          application.handlingGroup().stream().map(MemberJson::of).toList(),
          application.conflicts().stream().map(c -> ConflictJson.of(c, texts)).toList(),
          application.declarations().stream().map(DeclarationJson::of).toList(),
          application.judgements().stream().map(JudgementJson::of).toList(),
          application.applicantMeetings().stream().map(m -> new NoteJson(m.date(), m.note(), null)).toList(),
          application.completionRequests().stream().map(c -> new NoteJson(c.on(), c.what(), c.by())).toList(),
          application.proposal().map(ProposalJson::of).orElse(null),
          application.decision().map(d -> GrantDecisionJson.of(d, texts)).orElse(null),
          application.submittedOn().orElse(null), application.registration().map(RegistrationJson::of).orElse(null),
          application.documents().stream().map(CaseDocumentJson::of).toList(), application.version());
    }
  }

  /**
   * GRA-9: the case as registered when it arrived; absent for a draft, which has not arrived.
   *
   * @param secretParts which parts are under secrecy, with {@code secrecyGround}; both absent when none are
   */
  public record RegistrationJson(String caseNumber, LocalDate arrivedOn, String title, String secretParts,
      String secrecyGround) {
    static RegistrationJson of(se.psi.core.grant.domain.Registration r) {
      return new RegistrationJson(r.caseNumber().value(), r.arrivedOn(), r.title(),
          r.secrecy().map(se.psi.core.grant.domain.SecrecyMarking::parts).orElse(null),
          r.secrecy().map(se.psi.core.grant.domain.SecrecyMarking::ground).orElse(null));
    }
  }

  /** GRA-9: a document listed on the case: its kind, its date and the reference that finds it. */
  public record CaseDocumentJson(se.psi.core.grant.domain.CaseDocument.Kind kind, LocalDate date, String reference) {
    static CaseDocumentJson of(se.psi.core.grant.domain.CaseDocument d) {
      return new CaseDocumentJson(d.kind(), d.date(), d.reference());
    }
  }

  /**
   * A case on a worklist: its number and public title once it has arrived (a draft shows its project's title), where
   * it stands, when it arrived, how many days ago, and GRA-11's flag for a case undecided six months after arrival.
   */
  public record WorklistItemJson(UUID applicationId, String caseNumber, String title, GrantStatus status,
      LocalDate arrivedOn, Long ageInDays, boolean undecidedSixMonths, int schemeYear, String applicant,
      long version) {
    public static WorklistItemJson of(se.psi.core.grant.domain.WorklistItem item) {
      var c = item.grantCase();
      return new WorklistItemJson(c.applicationId().value(), c.caseNumber().map(Object::toString).orElse(null),
          c.title(), c.status(), c.arrivedOn().orElse(null), item.ageInDays().orElse(null), item.undecidedSixMonths(),
          c.schemeYear(), c.applicant().toString(), c.version());
    }
  }

  /** GRA-9: the public title of a registered case and its secrecy marking (both parts and ground, or neither). */
  public record CaseDescriptionRequest(String title, String secretParts, String secrecyGround) {}

  /** A dated note, and who wrote it where that is kept. */
  public record NoteJson(LocalDate date, String text, String by) {}

  /** A granted project as the partnership publishes it: who, what, how much and when; no handling details. */
  public record GrantedProjectJson(UUID applicationId, int schemeYear, OrganisationJson applicant, String title,
      String description, Set<PriorityArea> priorityAreas, Long amountKronor, LocalDate decidedOn) {
    public static GrantedProjectJson of(GrantApplication application) {
      return new GrantedProjectJson(application.id().value(), application.schemeYear(),
          OrganisationJson.of(application.applicant()), application.project().title(),
          application.project().description(), application.project().priorityAreas(),
          application.decision().flatMap(GrantDecision::amount).map(Sek::kronor).orElse(null),
          application.decision().map(GrantDecision::decidedOn).orElse(null));
    }
  }
}
