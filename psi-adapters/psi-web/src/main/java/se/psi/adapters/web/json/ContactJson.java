package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.json.MembershipJson.ContactPersonJson;
import se.psi.core.contact.domain.Appointment;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.contact.port.in.UnreachablePartner;

/** Contact persons (CON): requests and answers. */
public final class ContactJson {

  private ContactJson() {}

  /** CON-2: the partner appoints a contact person from a date (today if left out), when the predecessor steps down. */
  public record AppointmentRequest(ContactPersonDetails person, LocalDate from) {}

  /** CON-4: the partner reports that it has no contact person, since a date (today if left out). */
  public record VacancyRequest(LocalDate since) {}

  public record AppointmentJson(ContactPersonJson person, LocalDate from, LocalDate until) {
    static AppointmentJson of(Appointment appointment) {
      return new AppointmentJson(ContactPersonJson.of(appointment.person()), appointment.from(),
          appointment.until().orElse(null));
    }
  }

  /**
   * A partner's contact register: the current contact person, or the vacancy and when it was last reminded, and
   * the former contact persons (until erased, CON-3). {@code municipality} says whether the partner is one; whether
   * its contact must be an official follows the ruleset in force on the day of each appointment (CON-4, the
   * ruleset's {@code municipalityDutiesRequired}).
   */
  public record PartnerContactJson(UUID partnerId, String organisationNumber, boolean municipality,
      AppointmentJson current, LocalDate vacantSince, LocalDate lastReminded, List<AppointmentJson> former,
      boolean active, long version) {
    public static PartnerContactJson of(PartnerContact contact) {
      return new PartnerContactJson(contact.partnerId().value(), contact.organisation().toString(),
          contact.municipality(), contact.current().map(AppointmentJson::of).orElse(null),
          contact.vacancy().map(v -> v.since()).orElse(null),
          contact.vacancy().flatMap(v -> v.lastReminded()).orElse(null),
          contact.former().stream().map(AppointmentJson::of).toList(), contact.active(), contact.version());
    }
  }

  /** CON-4: a partner without a contact person beyond the grace period. */
  public record UnreachablePartnerJson(UUID partnerId, String organisationNumber, LocalDate vacantSince,
      long daysVacant, String rulesetVersion) {
    public static UnreachablePartnerJson of(UnreachablePartner partner) {
      return new UnreachablePartnerJson(partner.partnerId().value(), partner.organisation().toString(),
          partner.vacantSince(), partner.daysVacant(), partner.rulesetVersion());
    }
  }


  /** CON-3: what is kept about one contact person, for an export or after an erasure. */
  public record PersonalDataJson(UUID partnerId, String organisationNumber, List<AppointmentJson> appointments) {
    public static PersonalDataJson of(se.psi.core.contact.port.in.PersonalDataExport export) {
      return new PersonalDataJson(export.partnerId().value(), export.organisation().toString(),
          export.appointments().stream().map(AppointmentJson::of).toList());
    }
  }
}
