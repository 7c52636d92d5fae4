package se.psi.core.contact.port.in;

import java.util.List;
import se.psi.core.contact.domain.Appointment;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

/**
 * Everything held about one contact person (CON-3): the appointments, each with the personal data kept for it.
 *
 * @param partnerId the partner the person was contact for
 * @param organisation that partner's organisation
 * @param appointments the person's appointments, with name, role, e-mail and phone
 */
public record PersonalDataExport(PartnerId partnerId, OrganisationNumber organisation,
    List<Appointment> appointments) {}
