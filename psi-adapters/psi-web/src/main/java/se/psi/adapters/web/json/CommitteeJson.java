package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.committee.domain.Seat;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.rules.CountRange;
import se.psi.core.shared.Sector;

/** The working committee's requests and answers. */
public final class CommitteeJson {

  private CommitteeJson() {}

  /** A partner takes a seat; the representative is the host's id of the person who sits for it. */
  public record SeatRequest(UUID partnerId, String representative) {}

  public record SeatJson(UUID partnerId, Sector sector, String representative, LocalDate since) {
    static SeatJson of(Seat seat) {
      return new SeatJson(seat.partnerId().value(), seat.sector(), seat.representative().orElse(null), seat.since());
    }
  }

  /**
   * The committee with the AU-2 majority rule visible: the counts, whether the civil society and social economy
   * hold the majority, how many seats would restore it, and the explanation.
   */
  public record WorkingCommitteeJson(String partnership, List<SeatJson> seats, int nonProfitSeats, int otherSeats,
      boolean civilSocietyMajority, int seatsToRestoreMajority, boolean outOfBalance, ExplanationJson explanation,
      String convenor, List<String> practicalCoordinators, CountRange usualSize, int meetingIntervalWeeks,
      long version) {
    public static WorkingCommitteeJson of(CommitteeView view, Texts texts) {
      return new WorkingCommitteeJson(view.committee().partnership(),
          view.committee().seats().stream().map(SeatJson::of).toList(), view.counts().nonProfit(),
          view.counts().others(), view.counts().holdsMajority(), view.counts().seatsToRestore(),
          view.committee().outOfBalance(), ExplanationJson.of(view.explanation(), texts), view.convenor(),
          view.practicalCoordinators(), view.usualSize(), view.meetingIntervalWeeks(), view.committee().version());
    }
  }
}
