package se.psi.core.committee.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The shape shared by taking and leaving a seat: authorize, load, check version, change, save. */
final class SeatChanges {

  /** One seat change under today's ruleset. */
  interface SeatChange {
    Either<Rejection, WorkingCommittee.Changed> apply(WorkingCommittee committee, LocalDate today, RuleSet ruleSet,
        Supplier<EventMeta> meta);
  }

  private final UseCaseBoundary boundary;
  private final Committees committees;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  SeatChanges(UseCaseBoundary boundary, Committees committees, Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.committees = committees;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  Either<Rejection, CommitteeView> change(Permission permission, SeatCommand command, SeatChange change) {
    return boundary.change(permission.useCase(), Committees.TYPE, committees.partnership(), command.actor(),
        command, c -> permission.check(c.actor())
            .flatMap(actor -> Found.atVersion(committees.current(), WorkingCommittee::version, c.expectedVersion(),
                Committees.TYPE, committees.partnership()))
            .flatMap(committee -> {
              LocalDate today = this.today.date();
              return this.today.ruleSetOn(today).flatMap(ruleSet ->
                  change.apply(committee, today, ruleSet, EventMeta.source(ids, clock)).map(changed -> {
                    committees.save(changed.committee());
                    return Change.of(Committees.view(changed.committee(), changed.explanation(), ruleSet),
                        committees.partnership(), changed.events());
                  }));
            }));
  }
}
