package se.psi.core.grant.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.psi.core.grant.domain.GrantAssessmentRules.Group;
import se.psi.core.grant.domain.GrantAssessmentRules.Joining;
import se.psi.core.grant.domain.GrantAssessmentRules.Judgements;
import se.psi.core.grant.domain.GrantAssessmentRules.Outcome;
import se.psi.core.grant.domain.GrantAssessmentRules.Participant;
import se.psi.core.grant.domain.GrantDecisionRules.Deciding;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * An application for the grant for social innovation, from draft to a decision on delegation (GRA-1..8). Every
 * change checks the status machine ({@link GrantStatus}); a disqualified person (jäv, GRA-7) never judges, drafts,
 * decides or takes part, and a member judges only after declaring that there is no jäv.
 */
@Value.Immutable
@PsiStyle
public abstract class GrantApplication {

  public abstract GrantApplicationId id();

  public abstract int schemeYear();

  public abstract Organisation applicant();

  public abstract ProjectDescription project();

  public abstract GrantStatus status();

  public abstract List<HandlingGroupMember> handlingGroup();

  public abstract List<ConflictOfInterest> conflicts();

  /** GRA-7: each person's current declaration on jäv; none yet for an application stored before they existed. */
  public abstract List<ConflictDeclaration> declarations();

  public abstract List<Judgement> judgements();

  public abstract List<ApplicantMeeting> applicantMeetings();

  public abstract List<CompletionRequest> completionRequests();

  public abstract Optional<Proposal> proposal();

  public abstract Optional<GrantDecision> decision();

  public abstract Optional<LocalDate> submittedOn();

  /** GRA-10: kommunicering of the proposal, once sent. */
  public abstract Optional<Communication> communication();

  /** GRA-10: why kommunicering is not needed, where the decider recorded that. */
  public abstract Optional<CommunicationOmitted> communicationOmitted();

  /** GRA-11: the applicant's written request for a decision, once made. */
  public abstract Optional<RequestForDecision> requestForDecision();

  /** GRA-15: the earlier versions of the decision, oldest first; {@link #decision()} is the version in force. */
  public abstract List<GrantDecision> earlierDecisions();
  /**
   * GRA-9: the case as registered when it arrived. A draft has not arrived and has no case number: it is the
   * applicant's own work until it is submitted. Empty too for a case stored before cases were registered.
   */
  public abstract Optional<Registration> registration();

  /** GRA-9: every document of the case, in the order it came to the case; each step that adds one lists it. */
  public abstract List<CaseDocument> documents();

  public abstract long version();

  /** The resource type as the audit log and refusals name it. */
  public static final String TYPE = "GrantApplication";

  public static GrantApplication draft(GrantApplicationId id, int schemeYear, Organisation applicant,
      ProjectDescription project) {
    return ImmutableGrantApplication.builder().id(id).schemeYear(schemeYear).applicant(applicant).project(project)
        .status(GrantStatus.DRAFT).version(1).build();
  }

  /** A new draft, and the event that tells of it. */
  public static Changed<GrantApplication> draft(GrantApplicationId id, int schemeYear, Organisation applicant,
      ProjectDescription project, Supplier<EventMeta> meta) {
    return Changed.of(draft(id, schemeYear, applicant, project), List.of(new GrantEvent.GrantApplicationDrafted(
        meta.get(), id, schemeYear, applicant.organisationNumber())));
  }

  public boolean isDisqualified(String personId) {
    return conflicts().stream().anyMatch(c -> c.personId().equals(personId));
  }

  /** GRA-7: the person has declared, on the facts as they now are, that there is no jäv. */
  public boolean hasDeclaredNoConflict(String personId) {
    return declarations().stream().anyMatch(d -> d.personId().equals(personId) && !d.declaresConflict());
  }

  public boolean isQualifiedMember(String personId) {
    return handlingGroup().stream().anyMatch(m -> m.personId().equals(personId)) && !isDisqualified(personId);
  }

  /** GRA-3: the criteria as the qualified members judged them, with who judged what. */
  public List<Evaluation> criteriaSummary() {
    // GRA-3 counts judgements only; it reads no ruleset.
    return GrantAssessmentRules.GRA_3.evaluate(new Judgements(judgements()), null);
  }

  /**
   * The applicant revises the description while drafting or completing. GRA-7: when the project's partners change,
   * the "no jäv" declarations made so far lapse, since they rested on other facts; those persons declare again.
   */
  public Either<Rejection, Changed<GrantApplication>> revise(ProjectDescription revised, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.DRAFT && status() != GrantStatus.COMPLETION_REQUESTED) {
      return Either.left(illegal(status()));
    }
    var next = copy().project(revised).version(version() + 1);
    List<String> lapsed = partnersOf(revised).equals(partnersOf(project())) ? List.of()
        : declarations().stream().filter(d -> !d.declaresConflict()).map(ConflictDeclaration::personId).toList();
    GrantEvent revisedEvent = new GrantEvent.GrantApplicationRevised(meta.get(), id());
    if (lapsed.isEmpty()) {
      return Either.right(Changed.of(next.build(), List.of(revisedEvent)));
    }
    next.declarations(declarations().stream().filter(ConflictDeclaration::declaresConflict).toList());
    return Either.right(Changed.of(next.build(), List.of(revisedEvent, new GrantEvent.ConflictDeclarationsLapsed(
        meta.get(), id(), lapsed))));
  }

  /** Who the project's partners are (not how the project is anchored with them): what jäv depends on. */
  private static Set<String> partnersOf(ProjectDescription project) {
    return project.partners().stream().map(p -> p.name().strip().toLowerCase(Locale.ROOT) + "/"
        + p.organisationNumber().map(Object::toString).orElse("")).collect(Collectors.toSet());
  }

  /**
   * GRA-1, GRA-2: submitted only when formally eligible, with every missing part named at once. GRA-9: the case
   * arrives on the day it is submitted and is registered then, with a number from the records system asked for only
   * once every check has passed, a public title (the project's, until the officer changes it) and the application as
   * its first document.
   */
  public Either<Rejection, Changed<GrantApplication>> submit(GrantScheme scheme, RuleSet ruleSet, LocalDate on,
      Supplier<CaseNumber> caseNumber, Supplier<EventMeta> meta) {
    return move(GrantStatus.SUBMITTED).flatMap(next -> eligible(scheme, ruleSet, on)).map(eligible -> {
      Registration registration = new Registration(caseNumber.get(), on, project().title(), Optional.empty());
      GrantApplication registered = copy().status(GrantStatus.SUBMITTED).submittedOn(on).registration(registration)
          .version(version() + 1).build();
      return Changed.of(registered.withDocument(CaseDocument.Kind.APPLICATION, on),
          List.of(new GrantEvent.GrantApplicationSubmitted(meta.get(), id(), schemeYear(),
              applicant().organisationNumber(), project().requested().orElseThrow().kronor()),
              new GrantEvent.GrantCaseRegistered(meta.get(), id(), registration.caseNumber().value(), on)));
    });
  }

  /**
   * GRA-9: the case with one more document listed, referred to by the case number and its place on the case
   * ({@code PSI 2026/0001-2}); a case not registered (stored before registration existed) lists none. The version
   * stays: this is part of the change that adds the document.
   */
  public GrantApplication withDocument(CaseDocument.Kind kind, LocalDate on) {
    return registration().map(r -> withDocument(new CaseDocument(kind, on, r.caseNumber().value() + "-"
        + (documents().size() + 1)))).orElse(this);
  }

  /** GRA-9: the case with {@code document} listed last, as the records system referred to it. */
  public GrantApplication withDocument(CaseDocument document) {
    return copy().addDocuments(document).build();
  }

  /**
   * GRA-9: the officer gives the case a public title and marks which parts are under secrecy and why (or lifts the
   * marking). Only a registered case has them.
   */
  public Either<Rejection, Changed<GrantApplication>> describeCase(String title, Optional<SecrecyMarking> secrecy,
      Supplier<EventMeta> meta) {
    if (registration().isEmpty()) {
      return Either.left(illegal(status()));
    }
    return Either.right(Changed.of(copy().registration(registration().get().describedAs(title, secrecy))
        .version(version() + 1).build(), List.of(new GrantEvent.GrantCaseDescribed(meta.get(), id(),
            secrecy.isPresent()))));
  }

  /**
   * GRA-4, GRA-7: the handling group (advisers and exactly one official of the Region) starts the assessment; jäv
   * found in the partnership's data is recorded before anyone assesses.
   */
  public Either<Rejection, Changed<GrantApplication>> startAssessment(List<HandlingGroupMember> members,
      List<ConflictOfInterest> detected, RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    long officials = members.stream().filter(m -> m.role() == MemberRole.REGION_OFFICIAL).count();
    return Rules.require(GrantAssessmentRules.GRA_4_COMPOSITION, new Group(members.size() - officials, officials),
            ruleSet, on)
        .flatMap(composed -> move(GrantStatus.IN_ASSESSMENT)).map(next -> {
      List<DomainEvent> events = new ArrayList<>();
      events.add(new GrantEvent.GrantAssessmentStarted(meta.get(), id(), members.size(), detected.size()));
      detected.forEach(c -> events.add(new GrantEvent.ConflictOfInterestRecorded(meta.get(), id(), c.personId(),
          true)));
      return Changed.of(copy().handlingGroup(members).conflicts(detected).status(GrantStatus.IN_ASSESSMENT)
          .version(version() + 1).build(), events);
    });
  }

  /**
   * GRA-4, GRA-7: a member joins the handling group while it assesses (the group keeps exactly one official of the
   * Region); jäv found for the group as it now is, the newcomer included, is recorded before anyone goes on.
   */
  public Either<Rejection, Changed<GrantApplication>> addMember(HandlingGroupMember member,
      List<ConflictOfInterest> detected, RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.IN_ASSESSMENT && status() != GrantStatus.COMPLETION_REQUESTED) {
      return Either.left(illegal(status()));
    }
    Either<Rejection, Joining> joins = Rules.require(GrantAssessmentRules.GRA_4_JOINING, new Joining(this, member),
        ruleSet, on);
    if (joins.isLeft()) {
      return Either.left(joins.getLeft());
    }
    GrantApplication joined = copy().addHandlingGroup(member).version(version() + 1).build();
    Changed<GrantApplication> added = Changed.of(joined, List.of(new GrantEvent.HandlingGroupMemberJoined(meta.get(),
        id(), member.personId(), member.role())));
    return Either.right(added.followedBy(joined.withConflictsFound(detected, meta)));
  }

  /**
   * GRA-7: a person declares, before taking part, that there is no jäv, or a conflict with its reason; a new
   * declaration replaces the person's earlier one. No one found or declared disqualified can declare that there is
   * none. The decider declares too: a decider with a conflict cannot decide.
   */
  public Either<Rejection, Changed<GrantApplication>> declare(String personId, Optional<String> conflict,
      RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (conflict.isPresent()) {
      return declareConflict(personId, conflict.get(), on, meta);
    }
    if (status() == GrantStatus.DECIDED || status() == GrantStatus.WITHDRAWN || status() == GrantStatus.DRAFT) {
      return Either.left(illegal(status()));
    }
    return Rules.require(GrantAssessmentRules.GRA_7_CONFLICT_STANDS, new Participant(this, personId), ruleSet, on)
        .map(free -> Changed.of(copy().declarations(declaring(new ConflictDeclaration(personId, on,
            Optional.empty()))).version(version() + 1).build(), List.of(new GrantEvent.ConflictOfInterestDeclared(
                meta.get(), id(), personId, false))));
  }

  /**
   * GRA-7: a person declares jäv. They take no part: their judgements are struck out, and a proposal they drafted
   * falls and the case returns to assessment.
   */
  public Either<Rejection, Changed<GrantApplication>> declareConflict(String personId, String reason, LocalDate on,
      Supplier<EventMeta> meta) {
    if (status() == GrantStatus.DECIDED || status() == GrantStatus.WITHDRAWN || status() == GrantStatus.DRAFT) {
      return Either.left(illegal(status()));
    }
    GrantApplication declared = copy().declarations(declaring(new ConflictDeclaration(personId, on,
        Optional.of(reason)))).version(version() + 1).build();
    Changed<GrantApplication> recorded = Changed.of(declared, List.of(new GrantEvent.ConflictOfInterestDeclared(
        meta.get(), id(), personId, true)));
    return Either.right(isDisqualified(personId) ? recorded
        : recorded.followedBy(declared.disqualify(new ConflictOfInterest(personId, reason, false, on), meta)));
  }

  /**
   * GRA-7: jäv checked again against the facts as they are now (the partnership's data, the project's partners, the
   * group): each conflict not yet recorded is recorded as at the start of the assessment. This is the first step of
   * a command, not a change of its own: the version stays, and the command's own change gives the next one.
   */
  public Changed<GrantApplication> withConflictsFound(List<ConflictOfInterest> found, Supplier<EventMeta> meta) {
    Changed<GrantApplication> changed = Changed.none(this);
    for (ConflictOfInterest conflict : found) {
      if (!changed.aggregate().isDisqualified(conflict.personId())) {
        changed = changed.followedBy(changed.aggregate().disqualify(conflict, meta));
      }
    }
    return changed;
  }

  /** GRA-7: the person takes no part; what they judged or drafted falls, and a "no jäv" they declared with it. */
  private Changed<GrantApplication> disqualify(ConflictOfInterest conflict, Supplier<EventMeta> meta) {
    String personId = conflict.personId();
    List<ConflictOfInterest> conflicts = new ArrayList<>(conflicts());
    conflicts.add(conflict);
    var next = copy().conflicts(conflicts)
        .judgements(judgements().stream().filter(j -> !j.personId().equals(personId)).toList())
        .declarations(declarations().stream().filter(d -> !d.personId().equals(personId) || d.declaresConflict())
            .toList());
    if (proposal().filter(p -> p.presenter().equals(personId)).isPresent()) {
      next.proposal(Optional.empty()).status(GrantStatus.IN_ASSESSMENT);
    }
    return Changed.of(next.build(), List.of(new GrantEvent.ConflictOfInterestRecorded(meta.get(), id(), personId,
        conflict.detected())));
  }

  private List<ConflictDeclaration> declaring(ConflictDeclaration declaration) {
    List<ConflictDeclaration> declarations = new ArrayList<>(declarations().stream()
        .filter(d -> !d.personId().equals(declaration.personId())).toList());
    declarations.add(declaration);
    return declarations;
  }

  /** GRA-4: the handling group met the applicant. */
  public Either<Rejection, Changed<GrantApplication>> recordApplicantMeeting(LocalDate date, String note,
      Supplier<EventMeta> meta) {
    if (status() != GrantStatus.IN_ASSESSMENT && status() != GrantStatus.COMPLETION_REQUESTED) {
      return Either.left(illegal(status()));
    }
    return Either.right(Changed.of(copy().addApplicantMeetings(new ApplicantMeeting(date, note))
        .version(version() + 1).build(), List.of(new GrantEvent.ApplicantMeetingRecorded(meta.get(), id(), date))));
  }

  /**
   * GRA-3: a qualified member judges a criterion, with reasoning; a new judgement replaces their earlier one. GRA-7:
   * only after declaring that there is no jäv.
   */
  public Either<Rejection, Changed<GrantApplication>> judge(String personId, Criterion criterion, Judged verdict,
      String reasoning, RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.IN_ASSESSMENT) {
      return Either.left(illegal(status()));
    }
    Either<Rejection, String> qualified = qualified(personId, ruleSet, on)
        .flatMap(ok -> declaredNoConflict(personId, ruleSet, on));
    return qualified.map(ok -> {
      List<Judgement> judgements = new ArrayList<>(judgements().stream()
          .filter(j -> !(j.personId().equals(personId) && j.criterion() == criterion)).toList());
      judgements.add(new Judgement(criterion, personId, verdict, reasoning, on));
      return Changed.of(copy().judgements(judgements).version(version() + 1).build(),
          List.of(new GrantEvent.GrantCriterionJudged(meta.get(), id(), personId, criterion, verdict)));
    });
  }

  /** GRA-6: the applicant is asked to complete the application. */
  public Either<Rejection, Changed<GrantApplication>> requestCompletion(String by, String what, RuleSet ruleSet,
      LocalDate on, Supplier<EventMeta> meta) {
    return qualified(by, ruleSet, on).flatMap(ok -> move(GrantStatus.COMPLETION_REQUESTED)).map(next -> Changed.of(
        copy().addCompletionRequests(new CompletionRequest(on, what, by)).status(GrantStatus.COMPLETION_REQUESTED)
            .version(version() + 1).build().withDocument(CaseDocument.Kind.COMPLETION_REQUEST, on),
        List.of(new GrantEvent.GrantCompletionRequested(meta.get(), id()))));
  }

  /** GRA-6: the completed application returns to assessment, formally eligible again (GRA-1, GRA-2). */
  public Either<Rejection, Changed<GrantApplication>> resubmit(GrantScheme scheme, RuleSet ruleSet, LocalDate on,
      Supplier<EventMeta> meta) {
    if (status() != GrantStatus.COMPLETION_REQUESTED) {
      return Either.left(illegal(status()));
    }
    return eligible(scheme, ruleSet, on).map(ok -> Changed.of(copy().status(GrantStatus.IN_ASSESSMENT)
        .version(version() + 1).build().withDocument(CaseDocument.Kind.COMPLETION, on), List.of(new GrantEvent.GrantApplicationResubmitted(meta.get(), id()))));
  }

  /**
   * GRA-4: the presenter drafts the proposal, having declared that there is no jäv (GRA-7); a proposal to grant needs
   * every criterion met (GRA-3).
   */
  public Either<Rejection, Changed<GrantApplication>> propose(Proposal proposal, RuleSet ruleSet, LocalDate on,
      Supplier<EventMeta> meta) {
    return qualified(proposal.presenter(), ruleSet, on)
        .flatMap(ok -> declaredNoConflict(proposal.presenter(), ruleSet, on))
        .flatMap(ok -> consistent(proposal.outcome(), proposal.amount(), proposal.referral().isPresent(), ruleSet, on))
        .flatMap(ok -> move(GrantStatus.PROPOSAL_DRAFTED))
        .map(next -> Changed.of(copy().proposal(proposal).status(GrantStatus.PROPOSAL_DRAFTED)
            // GRA-10: a new proposal is new material: kommunicering, or the reason it is not needed, starts again.
            .communication(Optional.empty()).communicationOmitted(Optional.empty())
            .version(version() + 1).build().withDocument(CaseDocument.Kind.PROPOSAL, on),
            List.of(new GrantEvent.GrantProposalDrafted(meta.get(), id(), proposal.outcome()))));
  }

  /**
   * GRA-5: decided by the holder of a valid delegation, who neither drafted the proposal nor is disqualified; a grant
   * comes out of the scheme's appropriation ({@link GrantScheme#grant}). Returns the scheme as changed too.
   */
  public Either<Rejection, Decided> decide(GrantDecision draft, Delegation delegation, GrantScheme scheme,
      RuleSet ruleSet, Supplier<EventMeta> meta) {
    LocalDate on = draft.decidedOn();
    Explanation explanation = Rules.explain(GrantDecisionRules.DECISION, new Deciding(this, draft, delegation, scheme),
        ruleSet, on);
    if (status() != GrantStatus.PROPOSAL_DRAFTED) {
      return Either.left(illegal(status()));
    }
    Optional<Rejection> refusal = Rules.refusal(explanation,
        draft.outcome() == GrantOutcome.GRANTED ? GrantDecisionRules.DECISION
            : GrantDecisionRules.REFUSING_ANY_DECISION);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    Either<Rejection, Boolean> consistent = consistent(draft.outcome(), draft.amount(), draft.referral().isPresent(),
        ruleSet, on);
    if (consistent.isLeft()) {
      return Either.left(consistent.getLeft());
    }
    Either<Rejection, GrantScheme> charged = draft.outcome() == GrantOutcome.GRANTED
        ? scheme.grant(draft.amount().orElseThrow(), explanation) : Either.right(scheme);
    return charged.map(newScheme -> {
      GrantDecision decision = new GrantDecision(draft.outcome(), draft.amount(), draft.conditions(), draft.reasons(),
          draft.referral(), draft.decidedBy(), delegation.id(), proposal().orElseThrow().presenter(),
          draft.participants(), on, explanation, 1, draft.dissents(), draft.appeal(), Optional.empty(),
          Optional.empty());
      GrantApplication decided = copy().decision(decision).status(GrantStatus.DECIDED).version(version() + 1)
          .build().withDocument(CaseDocument.Kind.DECISION, on);
      return new Decided(decided, newScheme, List.of(new GrantEvent.GrantDecided(meta.get(), id(), schemeYear(),
          draft.outcome(), draft.amount().map(a -> a.kronor()), delegation.id(), ruleSet.version())));
    });
  }

  /** GRA-10: the proposal is sent to the applicant, who may answer until {@code answerBy}. */
  public Either<Rejection, Changed<GrantApplication>> communicate(LocalDate answerBy, String channel, String by,
      RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.PROPOSAL_DRAFTED) {
      return Either.left(illegal(status()));
    }
    return Rules.require(GrantCaseRules.GRA_10_TIME_TO_ANSWER, new GrantCaseRules.Sending(on, answerBy), ruleSet, on)
        .map(ok -> Changed.of(copy().communication(new Communication(on, answerBy, channel, by, Optional.empty()))
            .communicationOmitted(Optional.empty()).version(version() + 1).build(),
            List.of(new GrantEvent.ProposalCommunicated(meta.get(), id(), on, answerBy))));
  }

  /** GRA-10: the applicant's answer, or ({@code answered} false, once the day has passed) that none came. */
  public Either<Rejection, Changed<GrantApplication>> recordCommunicationAnswer(boolean answered, String summary,
      String by, RuleSet ruleSet, LocalDate on, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.PROPOSAL_DRAFTED || communication().isEmpty()) {
      return Either.left(communication().isEmpty() && status() == GrantStatus.PROPOSAL_DRAFTED
          ? new Rejection.IllegalState(TYPE, id().toString(), "NOT_COMMUNICATED", "grant.gra10.notCommunicated")
          : illegal(status()));
    }
    Communication sent = communication().get();
    Either<Rejection, GrantCaseRules.NoAnswer> due = answered ? Either.right(null)
        : Rules.require(GrantCaseRules.GRA_10_DEADLINE_PASSED, new GrantCaseRules.NoAnswer(sent, on), ruleSet, on);
    return due.map(ok -> Changed.of(copy().communication(sent.answered(new CommunicationAnswer(on, answered,
        summary, by))).version(version() + 1).build(),
        List.of(new GrantEvent.CommunicationAnswerRecorded(meta.get(), id(), answered))));
  }

  /** GRA-10: the decider records why kommunicering is not needed before this decision. */
  public Either<Rejection, Changed<GrantApplication>> omitCommunication(String reason, String by, LocalDate on,
      Supplier<EventMeta> meta) {
    if (status() != GrantStatus.PROPOSAL_DRAFTED) {
      return Either.left(illegal(status()));
    }
    return Either.right(Changed.of(copy().communicationOmitted(new CommunicationOmitted(on, reason, by))
        .version(version() + 1).build(), List.of(new GrantEvent.CommunicationWaived(meta.get(), id()))));
  }

  /**
   * GRA-11: the applicant's written request for a decision, received on {@code receivedOn}, once the case has been
   * undecided for the setting's period; it is to be answered within the setting's time.
   */
  public Either<Rejection, Changed<GrantApplication>> requestDecision(LocalDate receivedOn, String by,
      SchemeSetting setting, RuleSet ruleSet, Supplier<EventMeta> meta) {
    if (status() == GrantStatus.DRAFT || status() == GrantStatus.DECIDED || status() == GrantStatus.WITHDRAWN
        || requestForDecision().filter(RequestForDecision::open).isPresent()) {
      return Either.left(illegal(status()));
    }
    LocalDate decideBy = receivedOn.plus(setting.requestAnsweredWithin());
    return Rules.require(GrantCaseRules.GRA_11, new GrantCaseRules.Requesting(this, setting, receivedOn), ruleSet,
            receivedOn)
        .map(ok -> Changed.of(copy().requestForDecision(new RequestForDecision(receivedOn, decideBy, by,
            Optional.empty())).version(version() + 1).build(),
            List.of(new GrantEvent.DecisionRequested(meta.get(), id(), receivedOn, decideBy))));
  }

  /** GRA-11: the request for a decision is refused by decision, with reasons; the case goes on. */
  public Either<Rejection, Changed<GrantApplication>> refuseDecisionRequest(String reasons, String by, LocalDate on,
      Supplier<EventMeta> meta) {
    if (status() == GrantStatus.DECIDED || requestForDecision().filter(RequestForDecision::open).isEmpty()) {
      return Either.left(new Rejection.IllegalState(TYPE, id().toString(), status().name(),
          "grant.gra11.noOpenRequest"));
    }
    RequestForDecision request = requestForDecision().get();
    return Either.right(Changed.of(copy().requestForDecision(new RequestForDecision(request.receivedOn(),
        request.decideBy(), request.recordedBy(), Optional.of(new RequestForDecision.RequestRefusal(on, reasons,
            by)))).version(version() + 1).build(),
        List.of(new GrantEvent.DecisionRequestRefused(meta.get(), id()))));
  }

  /** GRA-12: the applicant was told of the decision in force: when and how. */
  public Either<Rejection, Changed<GrantApplication>> recordNotice(DecisionNotice notice, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.DECIDED) {
      return Either.left(illegal(status()));
    }
    GrantDecision current = decision().orElseThrow();
    if (notice.on().isBefore(current.decidedOn())) {
      return Either.left(new Rejection.IllegalState(TYPE, id().toString(), status().name(),
          "grant.gra12.noticeBeforeDecision"));
    }
    return Either.right(Changed.of(copy().decision(current.notified(notice)).version(version() + 1).build(),
        List.of(new GrantEvent.DecisionNoticeRecorded(meta.get(), id(), current.number(), notice.channel(),
            notice.on()))));
  }

  /**
   * GRA-15: a new version of the decision corrects an obvious error or changes it on new facts; the old version stays
   * readable in {@link #earlierDecisions()}. The decider decides on a delegation in force (GRA-5, GRA-7, GRA-14);
   * the scheme is charged or credited with any change of the amount.
   */
  public Either<Rejection, Decided> reviseDecision(GrantDecision draft, Delegation delegation, GrantScheme scheme,
      RuleSet ruleSet, Supplier<EventMeta> meta) {
    if (status() != GrantStatus.DECIDED) {
      return Either.left(illegal(status()));
    }
    GrantDecision current = decision().orElseThrow();
    LocalDate on = draft.decidedOn();
    GrantDecision proposed = new GrantDecision(draft.outcome(), draft.amount(), draft.conditions(), draft.reasons(),
        draft.referral(), draft.decidedBy(), delegation.id(), current.presenter(), draft.participants(), on,
        draft.explanation(), current.number() + 1, draft.dissents(), draft.appeal(), Optional.empty(),
        draft.revision().map(r -> new DecisionRevision(r.kind(), current.number(), r.reason(),
            r.detrimentGround())));
    Explanation explanation = Rules.explainFurther(Rules.explain(GrantDecisionRules.REVISING_A_DECISION,
        new Deciding(this, proposed, delegation, scheme), ruleSet, on), GrantCaseRules.REVISING,
        new GrantCaseRules.Revising(this, current, proposed));
    Optional<Rejection> refusal = Rules.refusal(explanation);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    Either<Rejection, Boolean> consistent = consistent(draft.outcome(), draft.amount(), draft.referral().isPresent(),
        ruleSet, on);
    if (consistent.isLeft()) {
      return Either.left(consistent.getLeft());
    }
    se.psi.core.shared.Sek before = granted(current);
    se.psi.core.shared.Sek after = granted(proposed);
    Either<Rejection, GrantScheme> charged = after.isMoreThan(before)
        ? scheme.grant(after.minusOrZero(before), explanation)
        : Either.right(before.isMoreThan(after) ? scheme.release(before.minusOrZero(after)) : scheme);
    return charged.map(newScheme -> {
      GrantDecision revised = new GrantDecision(proposed.outcome(), proposed.amount(), proposed.conditions(),
          proposed.reasons(), proposed.referral(), proposed.decidedBy(), proposed.delegation(), proposed.presenter(),
          proposed.participants(), on, explanation, proposed.number(), proposed.dissents(), proposed.appeal(),
          Optional.empty(), proposed.revision());
      List<GrantDecision> earlier = new ArrayList<>(earlierDecisions());
      earlier.add(current);
      GrantApplication changed = copy().decision(revised).earlierDecisions(earlier).version(version() + 1).build();
      DecisionRevision revision = revised.revision().orElseThrow();
      return new Decided(changed, newScheme, List.of(new GrantEvent.GrantDecisionRevised(meta.get(), id(),
          revised.number(), revision.revises(), revision.kind(), revised.outcome(),
          revised.amount().map(a -> a.kronor()), delegation.id(), ruleSet.version())));
    });
  }

  private static se.psi.core.shared.Sek granted(GrantDecision decision) {
    return decision.outcome() == GrantOutcome.GRANTED ? decision.amount().orElse(se.psi.core.shared.Sek.ZERO)
        : se.psi.core.shared.Sek.ZERO;
  }

  /** A decision: the application, the scheme (charged when granted) and the events. */
  public record Decided(GrantApplication application, GrantScheme scheme, List<DomainEvent> events) {}

  /** The applicant withdraws, at any time before the decision. */
  public Either<Rejection, Changed<GrantApplication>> withdraw(Supplier<EventMeta> meta) {
    return move(GrantStatus.WITHDRAWN).map(next -> Changed.of(copy().status(GrantStatus.WITHDRAWN)
        .version(version() + 1).build(), List.of(new GrantEvent.GrantApplicationWithdrawn(meta.get(), id()))));
  }

  private Either<Rejection, Boolean> consistent(GrantOutcome outcome, Optional<se.psi.core.shared.Sek> amount,
      boolean referral, RuleSet ruleSet, LocalDate on) {
    if (outcome == GrantOutcome.GRANTED) {
      boolean allMet = criteriaSummary().stream().allMatch(e -> e.verdict() == se.psi.core.rules.Verdict.MET);
      if (!allMet) {
        return Either.left(new Rejection.RuleRefusal("GRA-3", "grant.gra3.grantNeedsAllCriteria", List.of(),
            Rules.explain(GrantAssessmentRules.CRITERIA, new Judgements(judgements()), ruleSet, on)));
      }
    }
    return Rules.require(GrantAssessmentRules.GRA_6, new Outcome(outcome, amount, referral, project().requested()),
            ruleSet, on)
        .map(consistent -> true);
  }

  private Either<Rejection, String> qualified(String personId, RuleSet ruleSet, LocalDate on) {
    Participant participant = new Participant(this, personId);
    return Rules.require(GrantAssessmentRules.GRA_7_TAKES_NO_PART, participant, ruleSet, on)
        .flatMap(free -> Rules.require(GrantAssessmentRules.GRA_4_MEMBER, participant, ruleSet, on))
        .map(member -> personId);
  }

  private Either<Rejection, String> declaredNoConflict(String personId, RuleSet ruleSet, LocalDate on) {
    return Rules.require(GrantAssessmentRules.GRA_7_DECLARED, new Participant(this, personId), ruleSet, on)
        .map(declared -> personId);
  }

  private Either<Rejection, Boolean> eligible(GrantScheme scheme, RuleSet ruleSet, LocalDate on) {
    Explanation formal = GrantRules.formalEligibility(applicant(), project(), scheme, ruleSet, on);
    if (formal.allMet()) {
      return Either.right(true);
    }
    Evaluation first = formal.failures().get(0);
    return Either.left(new Rejection.RuleRefusal(first.ruleId(), "grant.notFormallyEligible",
        List.of(formal.failures().size()), formal));
  }

  private Either<Rejection, GrantStatus> move(GrantStatus next) {
    return status().canMoveTo(next) ? Either.right(next) : Either.left(illegalTo(next));
  }

  private Rejection illegal(GrantStatus current) {
    return new Rejection.IllegalState(TYPE, id().toString(), current.name(),
        "grant.illegalInStatus");
  }

  private Rejection illegalTo(GrantStatus next) {
    return new Rejection.IllegalState(TYPE, id().toString(), status().name(),
        "grant.illegalTransition." + next.name());
  }

  private ImmutableGrantApplication.Builder copy() {
    return ImmutableGrantApplication.builder().from(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an application from stored state. */
  public static final class Builder extends ImmutableGrantApplication.Builder {}
}
