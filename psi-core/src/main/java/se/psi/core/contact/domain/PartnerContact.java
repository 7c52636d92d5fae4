package se.psi.core.contact.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * A partner's contact register: the current contact person or the open vacancy, and every former contact.
 *
 * <p>CON-1 is its invariant: while the partner is active it has exactly one current contact person, or, between
 * a contact's leaving and the successor's appointment, an open vacancy (CON-2); never both, never neither. A
 * register of a partner that has left has neither.
 */
@Value.Immutable
@PsiStyle
public abstract class PartnerContact {

  public abstract PartnerId partnerId();

  /** The partner's organisation, whose administrator may act on this register. */
  public abstract OrganisationNumber organisation();

  /**
   * Whether the partner is a municipality, whose contact must be an official where the ruleset in force on the day of
   * an appointment says so (CON-4, MEM-6).
   */
  public abstract boolean municipality();

  public abstract Optional<Appointment> current();

  public abstract Optional<Vacancy> vacancy();

  /** Former contacts, oldest first. */
  public abstract List<Appointment> former();

  public abstract boolean active();

  /** The stored version: 1 when first saved, one more for each saved change. */
  public abstract long version();

  @Value.Check
  protected void check() {
    boolean consistent = active() ? current().isPresent() != vacancy().isPresent()
        : current().isEmpty() && vacancy().isEmpty();
    if (!consistent) {
      throw new IllegalStateException("CON-1: partner " + partnerId() + " must have exactly one current contact"
          + " or an open vacancy while active");
    }
  }

  /** What a change did: the new register and the events it caused. */
  public record Changed(PartnerContact register, List<ContactEvent> events) {}

  /** Opens the register of a newly admitted partner with its first contact person (MEM-5, CON-1). */
  public static Changed open(PartnerId partner, OrganisationNumber organisation, boolean municipality,
      ContactPerson first, LocalDate from, Supplier<EventMeta> meta) {
    PartnerContact register = ImmutablePartnerContact.builder().partnerId(partner).organisation(organisation)
        .municipality(municipality).current(Appointment.current(first, from)).active(true).version(1)
        .build();
    return new Changed(register, List.of(new ContactEvent.ContactPersonAppointed(meta.get(), partner, first.id(),
        Optional.empty(), from)));
  }

  /**
   * CON-2: appoints a contact person, handing over from the current one or filling the vacancy. CON-4 is judged
   * under {@code ruleSet}, the one in force on {@code from}, the appointment's first day: a municipality's contact
   * must be an official only where that ruleset has the municipal duties (MEM-6).
   */
  public Either<Rejection, Changed> appoint(ContactPerson successor, LocalDate from, RuleSet ruleSet,
      Supplier<EventMeta> meta) {
    if (!active()) {
      return Either.left(inactive());
    }
    Either<Rejection, ContactRules.Appointing> allowed = Rules.require(ContactRules.APPOINTMENT,
        new ContactRules.Appointing(this, successor), ruleSet, from);
    if (allowed.isLeft()) {
      return Either.left(allowed.getLeft());
    }
    List<Appointment> former = new ArrayList<>(former());
    current().ifPresent(handedOver -> former.add(handedOver.endedOn(from)));
    PartnerContact next = ImmutablePartnerContact.builder().from(this).current(Appointment.current(successor, from))
        .vacancy(Optional.empty()).former(former).version(version() + 1).build();
    return Either.right(new Changed(next, List.of(new ContactEvent.ContactPersonAppointed(meta.get(), partnerId(),
        successor.id(), current().map(a -> a.person().id()), from))));
  }

  /** CON-4: whether {@code ruleSet} asks this partner for an official as contact person. */
  public boolean officialRequiredUnder(RuleSet ruleSet) {
    return municipality() && ruleSet.municipalityDutiesRequired();
  }

  /** CON-2: the contact person has left; a vacancy opens and the partner will be reminded. */
  public Either<Rejection, Changed> reportVacancy(LocalDate since, Supplier<EventMeta> meta) {
    if (!active()) {
      return Either.left(inactive());
    }
    if (current().isEmpty()) {
      return Either.left(new Rejection.IllegalState("PartnerContact", partnerId().toString(), "VACANT",
          "contact.alreadyVacant"));
    }
    Appointment leaving = current().orElseThrow();
    PartnerContact next = ImmutablePartnerContact.builder().from(this).current(Optional.empty())
        .vacancy(new Vacancy(since, Optional.empty()))
        .former(append(former(), leaving.endedOn(since))).version(version() + 1).build();
    return Either.right(new Changed(next, List.of(new ContactEvent.ContactPersonVacated(meta.get(), partnerId(),
        leaving.person().id(), since))));
  }

  /** CON-2: records that the partner was reminded of its vacancy today. */
  public Changed remind(LocalDate today, Supplier<EventMeta> meta) {
    Vacancy open = vacancy().orElseThrow(() -> new IllegalStateException("no vacancy to remind of"));
    PartnerContact next = ImmutablePartnerContact.builder().from(this).vacancy(open.remindedOn(today))
        .version(version() + 1).build();
    return new Changed(next, List.of(new ContactEvent.ContactVacancyReminded(meta.get(), partnerId(), open.since(),
        today)));
  }

  /** MEM-7: the partner left; its current contact's appointment ends and no vacancy remains. */
  public PartnerContact close(LocalDate on) {
    List<Appointment> former = current().map(c -> append(former(), c.endedOn(on))).orElse(former());
    return ImmutablePartnerContact.builder().from(this).current(Optional.empty()).vacancy(Optional.empty())
        .former(former).active(false).version(version() + 1).build();
  }

  /** CON-3: erases a former contact's personal data; the current contact cannot be erased. */
  public Either<Rejection, Changed> erase(ContactPersonId person, Supplier<EventMeta> meta) {
    if (current().filter(c -> c.person().id().equals(person)).isPresent()) {
      return Either.left(new Rejection.IllegalState("ContactPerson", person.toString(), "CURRENT",
          "contact.eraseCurrent"));
    }
    if (former().stream().filter(a -> a.person().id().equals(person)).allMatch(a -> a.person().erased())) {
      // Erased before (or never here, which the caller found out first): nothing to do, nothing to tell.
      return Either.right(new Changed(this, List.of()));
    }
    List<Appointment> former = former().stream()
        .map(a -> a.person().id().equals(person) ? a.erased() : a).toList();
    PartnerContact next = ImmutablePartnerContact.builder().from(this).former(former).version(version() + 1).build();
    return Either.right(new Changed(next, List.of(new ContactEvent.ContactPersonErased(meta.get(), partnerId(),
        person))));
  }

  /** Every appointment of {@code person} in this register, for a personal-data export (CON-3). */
  public List<Appointment> appointmentsOf(ContactPersonId person) {
    List<Appointment> all = new ArrayList<>(former());
    current().ifPresent(all::add);
    return all.stream().filter(a -> a.person().id().equals(person)).toList();
  }

  /** CON-2: the vacancy is older than the ruleset's grace period. */
  public boolean unreachableOn(LocalDate today, Period gracePeriod) {
    return active() && vacancy().filter(v -> v.unreachableOn(today, gracePeriod)).isPresent();
  }

  private Rejection inactive() {
    return new Rejection.IllegalState("PartnerContact", partnerId().toString(), "WITHDRAWN", "partner.withdrawn");
  }

  private static List<Appointment> append(List<Appointment> list, Appointment one) {
    List<Appointment> more = new ArrayList<>(list);
    more.add(one);
    return more;
  }

  /**
   * Rebuilds a stored PartnerContact, for storage adapters. Its consistency checks still apply; new ones are made through
   * the domain's own factories.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a PartnerContact from stored state. */
  public static final class Builder extends ImmutablePartnerContact.Builder {}
}
