package se.psi.core.committee.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Today;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;

/**
 * The partnership's one committee as the change skeleton reaches it (named by the partnership, an empty one before
 * the first seat), and how it is presented.
 */
final class Committees {

  static final String TYPE = "WorkingCommittee";

  /** One seat change, on today's date under the ruleset in force today. */
  interface SeatChange {
    Either<Rejection, WorkingCommittee.Changed> apply(WorkingCommittee committee, LocalDate today, RuleSet ruleSet,
        Supplier<EventMeta> meta);
  }

  private final WorkingCommittees committees;
  private final Today today;

  @Inject
  Committees(WorkingCommittees committees, Today today) {
    this.committees = committees;
    this.today = today;
  }

  /** The committee by its partnership; never missing, since a partnership without seats has an empty one. */
  Aggregates<WorkingCommittee, String> aggregates() {
    return Aggregates.named(TYPE, partnership -> Option.some(find(partnership)), committees::save,
        WorkingCommittee::version);
  }

  WorkingCommittee current() {
    return find(partnership());
  }

  void save(WorkingCommittee committee) {
    committees.save(committee);
  }

  String partnership() {
    return this.today.registry().partnership();
  }

  private WorkingCommittee find(String partnership) {
    return committees.find(partnership).getOrElse(() -> WorkingCommittee.empty(partnership));
  }

  /** A seat change under today's ruleset (RULESET-2 refuses it without one), answered with the committee's view. */
  static Changes.Answering<WorkingCommittee, CommitteeView> seatChange(SeatChange change) {
    return (committee, today) -> {
      LocalDate date = today.date();
      return today.ruleSetOn(date).flatMap(ruleSet -> change.apply(committee, date, ruleSet, today.eventMeta())
          .map(changed -> new Changes.Answered<>(Changed.of(changed.committee(), changed.events()),
              view(changed.committee(), changed.explanation(), ruleSet))));
    };
  }

  static CommitteeView view(WorkingCommittee committee, Explanation explanation, RuleSet ruleSet) {
    return new CommitteeView(committee, committee.counts(), explanation, ruleSet.committeeConvenor(),
        ruleSet.practicalCoordinators(), ruleSet.usualCommitteeSize(), ruleSet.committeeMeetingIntervalWeeks());
  }

  static CommitteeView view(WorkingCommittee committee, RuleSet ruleSet, LocalDate on) {
    return view(committee, committee.explainBalance(ruleSet, on), ruleSet);
  }
}
