package se.psi.core.committee.domain;

import java.util.Collection;

/**
 * AU-2's arithmetic: seats held by civil society and social economy together ("idéburen sektor") against all
 * others.
 */
public record SeatCounts(int nonProfit, int others) {

  public static SeatCounts of(Collection<Seat> seats) {
    int nonProfit = (int) seats.stream().filter(seat -> seat.sector().isNonProfit()).count();
    return new SeatCounts(nonProfit, seats.size() - nonProfit);
  }

  public int total() {
    return nonProfit + others;
  }

  /** A strict majority of the seats; an empty committee has no one to be outvoted. */
  public boolean holdsMajority() {
    return total() == 0 || nonProfit > others;
  }

  /** How far civil society is ahead (positive) or behind. */
  public int margin() {
    return nonProfit - others;
  }

  /** How many more civil-society seats (or fewer other seats) restore the majority; 0 when it holds. */
  public int seatsToRestore() {
    return holdsMajority() ? 0 : others - nonProfit + 1;
  }
}
