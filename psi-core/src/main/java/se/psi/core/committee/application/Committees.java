package se.psi.core.committee.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.application.Today;

/** Loads the partnership's committee (an empty one before the first seat) and presents it. */
final class Committees {

  static final String TYPE = "WorkingCommittee";

  private final WorkingCommittees committees;
  private final Today today;

  @Inject
  Committees(WorkingCommittees committees, Today today) {
    this.committees = committees;
    this.today = today;
  }

  WorkingCommittee current() {
    String partnership = this.today.registry().partnership();
    return committees.find(partnership).getOrElse(() -> WorkingCommittee.empty(partnership));
  }

  void save(WorkingCommittee committee) {
    committees.save(committee);
  }

  String partnership() {
    return this.today.registry().partnership();
  }

  static CommitteeView view(WorkingCommittee committee, Explanation explanation, RuleSet ruleSet) {
    return new CommitteeView(committee, committee.counts(), explanation, ruleSet.committeeConvenor(),
        ruleSet.practicalCoordinators(), ruleSet.usualCommitteeSize(), ruleSet.committeeMeetingIntervalWeeks());
  }

  static CommitteeView view(WorkingCommittee committee, RuleSet ruleSet, LocalDate on) {
    return view(committee, committee.explainBalance(ruleSet, on), ruleSet);
  }
}
