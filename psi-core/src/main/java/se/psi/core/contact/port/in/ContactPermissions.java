package se.psi.core.contact.port.in;

import java.util.List;
import se.psi.core.shared.Role;
import se.psi.core.port.in.Permission;

/** Who may call the contact-person use cases (docs/roles.md). */
public final class ContactPermissions {

  public static final Permission APPOINT_CONTACT_PERSON =
      Permission.ownOrganisationOr("AppointContactPerson", Role.ADMINISTRATOR);
  public static final Permission REPORT_CONTACT_VACANCY =
      Permission.ownOrganisationOr("ReportContactVacancy", Role.ADMINISTRATOR);
  public static final Permission GET_PARTNER_CONTACT =
      Permission.ownOrganisationOr("GetPartnerContact", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission FIND_UNREACHABLE_PARTNERS =
      Permission.roles("FindUnreachablePartners", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission REMIND_VACANT_CONTACTS =
      Permission.roles("RemindVacantContacts", Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
  public static final Permission EXPORT_PERSONAL_DATA =
      Permission.roles("ExportPersonalData", Role.ADMINISTRATOR);
  public static final Permission ERASE_PERSONAL_DATA =
      Permission.roles("ErasePersonalData", Role.ADMINISTRATOR);

  private ContactPermissions() {}

  public static List<Permission> all() {
    return List.of(APPOINT_CONTACT_PERSON, REPORT_CONTACT_VACANCY, GET_PARTNER_CONTACT, FIND_UNREACHABLE_PARTNERS,
        REMIND_VACANT_CONTACTS, EXPORT_PERSONAL_DATA, ERASE_PERSONAL_DATA);
  }
}
