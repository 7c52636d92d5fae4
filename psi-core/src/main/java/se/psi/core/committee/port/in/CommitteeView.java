package se.psi.core.committee.port.in;

import java.util.List;
import se.psi.core.committee.domain.SeatCounts;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.rules.CountRange;
import se.psi.core.rules.Explanation;

/**
 * The working committee as the partnership shows it: seats, the AU-2 counts and their explanation (what restores the
 * majority when out of balance), and AU-4's convenor, coordinators and cadence under today's ruleset.
 *
 * @param explanation for a seat change, the rules it was decided by; for a read, AU-2 on the committee as it stands
 */
public record CommitteeView(WorkingCommittee committee, SeatCounts counts, Explanation explanation,
    String convenor, List<String> practicalCoordinators, CountRange usualSize, int meetingIntervalWeeks) {

  public CommitteeView {
    practicalCoordinators = List.copyOf(practicalCoordinators);
  }
}
