package se.psi.core.membership.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.RulesInForce;
import se.psi.core.application.UseCaseBoundary;

/** The shape shared by every command that changes one partner: load, authorize, check version, change, save. */
final class PartnerChanges {

  static final String TYPE = "Partner";

  /** A change of one partner on a date. */
  interface PartnerChange {
    Either<Rejection, Partner.Changed> apply(Partner partner, LocalDate today, Supplier<EventMeta> meta);
  }

  private final UseCaseBoundary boundary;
  private final Partners partners;
  private final RulesInForce rules;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  PartnerChanges(UseCaseBoundary boundary, Partners partners, RulesInForce rules, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.partners = partners;
    this.rules = rules;
    this.ids = ids;
    this.clock = clock;
  }

  /** Runs {@code change} on the partner, then {@code after} (e.g. closing its contact register) in the same change. */
  <C> Either<Rejection, Partner> change(Permission permission, Actor actor, UUID partnerId, Long expectedVersion,
      C command, PartnerChange change, java.util.function.BiConsumer<Partner, LocalDate> after) {
    return boundary.change(permission.useCase(), TYPE, Found.text(partnerId), actor, command, c ->
        Found.orNotFound(partners.find(new PartnerId(partnerId)), TYPE, partnerId)
            .flatMap(partner -> permission.check(actor, Optional.of(partner.organisation().organisationNumber()))
                .map(ok -> partner))
            .flatMap(partner -> Found.atVersion(partner, Partner::version, expectedVersion, TYPE, partnerId))
            .flatMap(partner -> {
              LocalDate today = rules.today();
              return change.apply(partner, today, EventMeta.source(ids, clock)).map(changed -> {
                partners.save(changed.partner());
                after.accept(changed.partner(), today);
                return Change.of(changed.partner(), partnerId.toString(), changed.events());
              });
            }));
  }
}
