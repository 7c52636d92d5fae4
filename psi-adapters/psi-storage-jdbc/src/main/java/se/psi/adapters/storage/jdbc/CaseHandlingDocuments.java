package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import se.psi.adapters.storage.jdbc.GrantDocuments.StoredDecision;
import se.psi.core.grant.domain.AppealInformation;
import se.psi.core.grant.domain.Communication;
import se.psi.core.grant.domain.CommunicationAnswer;
import se.psi.core.grant.domain.CommunicationOmitted;
import se.psi.core.grant.domain.DecisionNotice;
import se.psi.core.grant.domain.DecisionRevision;
import se.psi.core.grant.domain.Dissent;
import se.psi.core.grant.domain.GrantDecision;
import se.psi.core.grant.domain.NoticeChannel;
import se.psi.core.grant.domain.RequestForDecision;
import se.psi.core.rules.Explanation;

/**
 * The JSON documents of a grant case's handling as a public authority (GRA-10 kommunicering, GRA-11 a request for a
 * decision, GRA-12 the decision record beyond its outcome, GRA-15 earlier versions of the decision), with their
 * storage records; columns of {@code grant_application} added by migration V14.
 */
final class CaseHandlingDocuments {

  private CaseHandlingDocuments() {}

  record StoredAnswer(LocalDate recordedOn, boolean answered, String summary, String recordedBy) {}

  record StoredCommunication(LocalDate sentOn, LocalDate answerBy, String channel, String sentBy,
      Optional<StoredAnswer> answer) {}

  record StoredOmission(LocalDate on, String reason, String by) {}

  record StoredRefusal(LocalDate on, String reasons, String by) {}

  record StoredRequest(LocalDate receivedOn, LocalDate decideBy, String recordedBy, Optional<StoredRefusal> refused) {}

  record StoredDissent(String personId, String opinion) {}

  record StoredAppeal(LocalDate settingFrom, String route, String within, String textSv, String textEn) {}

  record StoredNotice(LocalDate on, NoticeChannel channel, String by) {}

  record StoredRevision(DecisionRevision.Kind kind, int revises, String reason, Optional<String> detrimentGround) {}

  /** GRA-12, GRA-15: what a decision holds beyond the columns and document it had before V14. */
  record StoredDecisionRecord(int number, List<StoredDissent> dissents, Optional<StoredAppeal> appeal,
      Optional<StoredNotice> notice, Optional<StoredRevision> revision) {

    static StoredDecisionRecord of(GrantDecision d) {
      return new StoredDecisionRecord(d.number(), d.dissents().stream()
          .map(x -> new StoredDissent(x.personId(), x.opinion())).toList(),
          d.appeal().map(a -> new StoredAppeal(a.settingFrom(), a.route(), a.within().toString(), a.textSv(),
              a.textEn())),
          d.notice().map(n -> new StoredNotice(n.on(), n.channel(), n.by())),
          d.revision().map(r -> new StoredRevision(r.kind(), r.revises(), r.reason(), r.detrimentGround())));
    }

    /** A decision stored before V14 has no record: its first version, without dissent, appeal or notice. */
    static GrantDecision complete(GrantDecision d, Optional<StoredDecisionRecord> stored) {
      return stored.map(r -> new GrantDecision(d.outcome(), d.amount(), d.conditions(), d.reasons(), d.referral(),
          d.decidedBy(), d.delegation(), d.presenter(), d.participants(), d.decidedOn(), d.explanation(), r.number(),
          r.dissents().stream().map(x -> new Dissent(x.personId(), x.opinion())).toList(),
          r.appeal().map(a -> new AppealInformation(a.settingFrom(), a.route(), Period.parse(a.within()), a.textSv(),
              a.textEn())),
          r.notice().map(n -> new DecisionNotice(n.on(), n.channel(), n.by())),
          r.revision().map(x -> new DecisionRevision(x.kind(), x.revises(), x.reason(), x.detrimentGround()))))
          .orElse(d);
    }
  }

  /** GRA-15: an earlier version of the decision, whole: its document, its record and its explanation. */
  record StoredEarlierDecision(StoredDecision decision, StoredDecisionRecord record, String rulesetVersion,
      String evaluations) {

    static StoredEarlierDecision of(GrantDecision d) {
      return new StoredEarlierDecision(StoredDecision.of(d), StoredDecisionRecord.of(d),
          d.explanation().rulesetVersion(), Json.evaluations(d.explanation().evaluations()));
    }

    GrantDecision toDomain() {
      return StoredDecisionRecord.complete(decision.toDomain(new Explanation(rulesetVersion, decision.decidedOn(),
          Json.evaluations(evaluations))), Optional.of(record));
    }
  }

  static final DocumentKind<Communication> COMMUNICATION = DocumentKind.of("grant_application.communication",
      new TypeReference<StoredCommunication>() {},
      c -> new StoredCommunication(c.sentOn(), c.answerBy(), c.channel(), c.sentBy(), c.answer().map(a ->
          new StoredAnswer(a.recordedOn(), a.answered(), a.summary(), a.recordedBy()))),
      c -> new Communication(c.sentOn(), c.answerBy(), c.channel(), c.sentBy(), c.answer().map(a ->
          new CommunicationAnswer(a.recordedOn(), a.answered(), a.summary(), a.recordedBy()))));

  static final DocumentKind<CommunicationOmitted> COMMUNICATION_OMITTED = DocumentKind.of(
      "grant_application.communication_omitted", new TypeReference<StoredOmission>() {},
      o -> new StoredOmission(o.on(), o.reason(), o.by()), o -> new CommunicationOmitted(o.on(), o.reason(), o.by()));

  static final DocumentKind<RequestForDecision> REQUEST_FOR_DECISION = DocumentKind.of(
      "grant_application.request_for_decision", new TypeReference<StoredRequest>() {},
      r -> new StoredRequest(r.receivedOn(), r.decideBy(), r.recordedBy(), r.refused().map(x ->
          new StoredRefusal(x.on(), x.reasons(), x.by()))),
      r -> new RequestForDecision(r.receivedOn(), r.decideBy(), r.recordedBy(), r.refused().map(x ->
          new RequestForDecision.RequestRefusal(x.on(), x.reasons(), x.by()))));

  static final DocumentKind<StoredDecisionRecord> DECISION_RECORD = DocumentKind.of(
      "grant_application.decision_record", new TypeReference<StoredDecisionRecord>() {}, r -> r, r -> r);

  static final DocumentKind<List<GrantDecision>> EARLIER_DECISIONS = DocumentKind.listOf(
      "grant_application.earlier_decisions", new TypeReference<List<StoredEarlierDecision>>() {},
      StoredEarlierDecision::of, StoredEarlierDecision::toDomain);

  static final List<DocumentKind<?>> KINDS = List.of(COMMUNICATION, COMMUNICATION_OMITTED, REQUEST_FOR_DECISION,
      DECISION_RECORD, EARLIER_DECISIONS);
}
