package se.psi.core.committee.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.Explanation;
import se.psi.core.committee.domain.CommitteeRules.SeatChange;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Sector;
import se.psi.core.rules.Rejection;

/**
 * The working committee (arbetsutskottet): the partners holding seats, and whether it is out of balance.
 *
 * <p>Invariant: the civil-society majority (AU-2) holds after every seat change the committee accepts; it can only
 * be lost through a withdrawal from the partnership (MEM-7) or an agreement's end (MEM-8), and then
 * {@link #outOfBalance()} is set until it is restored. The committee is never silently unbalanced.
 */
@Value.Immutable
@PsiStyle
public abstract class WorkingCommittee {

  public abstract String partnership();

  public abstract List<Seat> seats();

  /** AU-3: a withdrawal or an agreement's end broke the majority and it is not yet restored. */
  public abstract boolean outOfBalance();

  /** The stored version: 0 before the first save, one more for each saved change. */
  public abstract long version();

  public static WorkingCommittee empty(String partnership) {
    return ImmutableWorkingCommittee.builder().partnership(partnership).outOfBalance(false).version(0).build();
  }

  /** What a change did: the committee and the events it caused. */
  public record Changed(WorkingCommittee committee, List<DomainEvent> events, Explanation explanation) {}

  public SeatCounts counts() {
    return SeatCounts.of(seats());
  }

  public Optional<Seat> seatOf(PartnerId partner) {
    return seats().stream().filter(seat -> seat.partnerId().equals(partner)).findFirst();
  }

  /** AU-1 (any active partner may sit), AU-2 and AU-3: a partner takes a seat. */
  public Either<Rejection, Changed> take(PartnerId partner, Sector sector, boolean partnerActive,
      Optional<String> representative, LocalDate on, RuleSet ruleSet, Supplier<EventMeta> meta) {
    if (seatOf(partner).isPresent()) {
      return Either.left(new Rejection.IllegalState("Seat", partner.toString(), "SEATED", "committee.alreadySeated"));
    }
    List<Seat> after = new ArrayList<>(seats());
    after.add(new Seat(partner, sector, representative, on));
    return change(after, true, partnerActive, on, ruleSet, meta, counts -> new CommitteeEvent.CommitteeSeatTaken(
        meta.get(), partnership(), partner, sector, counts.nonProfit(), counts.others()));
  }

  /** AU-2, AU-3: a partner gives up its seat. */
  public Either<Rejection, Changed> leave(PartnerId partner, LocalDate on, RuleSet ruleSet,
      Supplier<EventMeta> meta) {
    Optional<Seat> seat = seatOf(partner);
    if (seat.isEmpty()) {
      return Either.left(new Rejection.IllegalState("Seat", partner.toString(), "NOT_SEATED", "committee.notSeated"));
    }
    List<Seat> after = seats().stream().filter(s -> !s.partnerId().equals(partner)).toList();
    return change(after, false, true, on, ruleSet, meta, counts -> new CommitteeEvent.CommitteeSeatLeft(meta.get(),
        partnership(), partner, seat.get().sector(), CommitteeEvent.LeaveReason.LEFT_SEAT, counts.nonProfit(),
        counts.others()));
  }

  /**
   * MEM-7, MEM-8: a partner that leaves the partnership, or whose agreement ended, leaves its seat, and this is never
   * refused. If the majority breaks, the committee is marked out of balance and says what restores it; if the seat
   * was the one too many, the majority is restored (AU-3). Empty when it held no seat.
   */
  public Optional<Changed> vacate(PartnerId partner, CommitteeEvent.LeaveReason reason, LocalDate on,
      Optional<RuleSet> ruleSet, Supplier<EventMeta> meta) {
    return seatOf(partner).map(seat -> {
      List<Seat> after = seats().stream().filter(s -> !s.partnerId().equals(partner)).toList();
      SeatCounts counts = SeatCounts.of(after);
      List<DomainEvent> events = new ArrayList<>();
      events.add(new CommitteeEvent.CommitteeSeatLeft(meta.get(), partnership(), partner, seat.sector(), reason,
          counts.nonProfit(), counts.others()));
      // MEM-7, MEM-8 never depend on a ruleset: without one in force the seat still ends and the balance is unjudged.
      boolean broken = ruleSet.map(rules -> rules.civilSocietyMajorityRequired() && !counts.holdsMajority())
          .orElse(outOfBalance());
      if (broken && !outOfBalance()) {
        events.add(new CommitteeEvent.CommitteeBalanceLost(meta.get(), partnership(), counts.nonProfit(),
            counts.others(), counts.seatsToRestore()));
      }
      if (!broken && outOfBalance()) {
        events.add(new CommitteeEvent.CommitteeBalanceRestored(meta.get(), partnership(), counts.nonProfit(),
            counts.others()));
      }
      WorkingCommittee next = ImmutableWorkingCommittee.builder().from(this).seats(after).outOfBalance(broken)
          .version(version() + 1).build();
      return new Changed(next, events, ruleSet.map(rules -> next.explainBalance(rules, on))
          .orElseGet(() -> Rules.explainUnder(Rules.NO_RULESET, CommitteeRules.BALANCE,
              SeatChange.standing(counts, broken, on), on)));
    });
  }

  /** AU-2 on the committee as it stands, and what restores the majority if it is out of balance. */
  public Explanation explainBalance(RuleSet ruleSet, LocalDate on) {
    return Rules.explain(CommitteeRules.BALANCE, SeatChange.standing(counts(), outOfBalance(), on), ruleSet, on);
  }

  private Either<Rejection, Changed> change(List<Seat> after, boolean taking, boolean partnerActive, LocalDate on,
      RuleSet ruleSet, Supplier<EventMeta> meta, java.util.function.Function<SeatCounts, DomainEvent> seatEvent) {
    SeatCounts counts = SeatCounts.of(after);
    Explanation explanation = Rules.explain(CommitteeRules.SEAT_CHANGE,
        new SeatChange(taking, partnerActive, counts(), counts, outOfBalance(), on), ruleSet, on);
    Optional<Rejection> refusal = Rules.refusal(explanation, CommitteeRules.REFUSING_A_SEAT_CHANGE);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    boolean stillOut = outOfBalance() && ruleSet.civilSocietyMajorityRequired() && !counts.holdsMajority();
    List<DomainEvent> events = new ArrayList<>();
    events.add(seatEvent.apply(counts));
    if (outOfBalance() && !stillOut) {
      events.add(new CommitteeEvent.CommitteeBalanceRestored(meta.get(), partnership(), counts.nonProfit(),
          counts.others()));
    }
    WorkingCommittee next = ImmutableWorkingCommittee.builder().from(this).seats(after).outOfBalance(stillOut)
        .version(version() + 1).build();
    return Either.right(new Changed(next, events, explanation));
  }

  /**
   * Rebuilds a stored WorkingCommittee, for storage adapters. Its consistency checks still apply; new ones are made through
   * the domain's own factories.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a WorkingCommittee from stored state. */
  public static final class Builder extends ImmutableWorkingCommittee.Builder {}
}
