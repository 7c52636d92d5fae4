package se.psi.core.contact.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact person's time as contact: from the appointment to the handover or vacancy (inclusive).
 *
 * @param person the contact person
 * @param from first day as contact
 * @param until last day as contact; empty while current
 */
public record Appointment(ContactPerson person, LocalDate from, Optional<LocalDate> until) {

  public Appointment {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  static Appointment current(ContactPerson person, LocalDate from) {
    return new Appointment(person, from, Optional.empty());
  }

  Appointment endedOn(LocalDate day) {
    return new Appointment(person, from, Optional.of(day));
  }

  Appointment erased() {
    return new Appointment(person.pseudonymised(), from, until);
  }
}
