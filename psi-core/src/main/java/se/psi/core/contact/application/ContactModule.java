package se.psi.core.contact.application;

import com.google.inject.AbstractModule;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.contact.port.in.ErasePersonalDataUseCase;
import se.psi.core.contact.port.in.ExportPersonalDataUseCase;
import se.psi.core.contact.port.in.FindUnreachablePartnersUseCase;
import se.psi.core.contact.port.in.GetPartnerContactUseCase;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;

/**
 * Wires the contact-person use cases (CON-1..4). Needs a binding for the PartnerContacts port, and for
 * PartnerActivity, which the membership module provides.
 */
public final class ContactModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(AppointContactPersonUseCase.class).to(AppointContactPersonService.class);
    bind(ReportContactVacancyUseCase.class).to(ReportContactVacancyService.class);
    bind(GetPartnerContactUseCase.class).to(GetPartnerContactService.class);
    bind(FindUnreachablePartnersUseCase.class).to(FindUnreachablePartnersService.class);
    bind(RemindVacantContactsUseCase.class).to(RemindVacantContactsService.class);
    bind(ExportPersonalDataUseCase.class).to(ExportPersonalDataService.class);
    bind(ErasePersonalDataUseCase.class).to(ErasePersonalDataService.class);
  }
}
