package se.psi.core.membership.application;

import static se.psi.core.membership.port.in.MembershipPermissions.DECIDE_MEMBERSHIP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

final class DecideMembershipService implements DecideMembershipUseCase {

  private final UseCaseBoundary boundary;
  private final MembershipApplications applications;
  private final Partners partners;
  private final PartnerContacts contacts;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  DecideMembershipService(UseCaseBoundary boundary, MembershipApplications applications, Partners partners,
      PartnerContacts contacts, Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.applications = applications;
    this.partners = partners;
    this.contacts = contacts;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, MembershipApplication> decideMembership(DecideMembershipCommand command) {
    return boundary.changeExpecting(command.expectedVersion(), DECIDE_MEMBERSHIP.useCase(), Applications.TYPE,
        Found.text(command.applicationId()), command.actor(), command, c -> DECIDE_MEMBERSHIP.check(c.actor())
            .flatMap(actor -> Found.orNotFound(applications.find(
                new MembershipApplicationId(c.applicationId())), Applications.TYPE,
                c.applicationId()))
            .flatMap(application -> Found.atVersion(application, MembershipApplication::version,
                c.expectedVersion(), Applications.TYPE, c.applicationId()))
            .flatMap(application -> {
              LocalDate today = this.today.date();
              return this.today.ruleSetOn(today).flatMap(ruleSet -> decide(application, ruleSet, today, c));
            }));
  }

  private Either<Rejection, Change<MembershipApplication>> decide(MembershipApplication read,
      RuleSet ruleSet, LocalDate today, DecideMembershipCommand command) {
    var number = read.organisation().organisationNumber();
    boundary.lock(Applications.ORGANISATION, number);
    // Read again under the lock: a decider that waited for it finds the application as the one before it left it,
    // and is told that it changed (as it would have been had it read a moment later), not that a partner exists.
    var current = Found.orNotFound(applications.find(read.id()), Applications.TYPE, command.applicationId())
        .flatMap(found -> Found.atVersion(found, MembershipApplication::version, command.expectedVersion(),
            Applications.TYPE, command.applicationId()));
    if (current.isLeft()) {
      return Either.left(current.getLeft());
    }
    MembershipApplication application = current.get();
    if (partners.findCurrent(number).isDefined()) {
      // MEM-3: one partnership per organisation, whatever became of applications made before this rule held.
      return Either.left(new Rejection.IllegalState("Partner", number.toString(), "ACTIVE",
          "membership.alreadyPartner"));
    }
    var meta = EventMeta.source(ids, clock);
    var partnerId = new PartnerId(ids.newId());
    return application.decide(ruleSet, today, command.actor().personId(), partnerId, meta).map(decided -> {
      applications.save(decided.application());
      List<DomainEvent> events = new ArrayList<>(decided.events());
      if (decided.decision().outcome() == MembershipOutcome.ADMITTED) {
        var admitted = Partner.admit(partnerId, decided.application(), today, ruleSet, meta);
        partners.save(admitted.partner());
        events.addAll(admitted.events());
        // The register gets the contact as named in the application, before it was pseudonymised there (CON-3).
        var organisation = application.organisation();
        var opened = PartnerContact.open(partnerId, organisation.organisationNumber(),
            organisation.isMunicipality(),
            application.contactPerson().orElseThrow(), today, meta);
        contacts.save(opened.register());
        events.addAll(opened.events());
      }
      return Change.of(decided.application(), application.id().toString(), events);
    });
  }
}
