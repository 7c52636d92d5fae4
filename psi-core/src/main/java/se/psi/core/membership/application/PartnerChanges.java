package se.psi.core.membership.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** Partners as the change skeleton reaches them: a partner is owned by its own organisation. */
final class PartnerChanges {

  static final String TYPE = "Partner";

  /** A change of one partner on a date. */
  interface PartnerChange {
    Either<Rejection, Partner.Changed> apply(Partner partner, LocalDate today, Supplier<EventMeta> meta);
  }

  private final Changes changes;
  private final Aggregates<Partner, PartnerId> partners;

  @Inject
  PartnerChanges(Changes changes, Partners partners) {
    this.changes = changes;
    this.partners = Aggregates.of(TYPE, PartnerId::new, partners::find, partners::save, Partner::version,
        partner -> Optional.of(partner.organisation().organisationNumber()));
  }

  /**
   * Locks the partner's contact register (as the contact feature's changes lock it) before a change of the partner
   * closes it, so that the close never loses a race to an appointment.
   */
  void lockContactRegister(PartnerId partner) {
    changes.lock(PartnerContact.class.getSimpleName(), partner);
  }

  /** Runs {@code change} on the partner, then {@code after} (e.g. closing its contact register) in the same change. */
  <C> Either<Rejection, Partner> change(Permission permission, Actor actor, UUID partnerId, Long expectedVersion,
      C command, PartnerChange change, BiConsumer<Partner, LocalDate> after) {
    return changes.change(permission, partners, partnerId, expectedVersion, actor, command,
        (partner, today) -> change.apply(partner, today.date(), today.eventMeta())
            .map(changed -> Changed.of(changed.partner(), changed.events())),
        (partner, today) -> after.accept(partner, today.date()));
  }
}
