package se.psi.core.contact.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.contact.port.in.ErasePersonalDataUseCase;
import se.psi.core.contact.port.in.ExportPersonalDataUseCase;
import se.psi.core.contact.port.in.FindUnreachablePartnersUseCase;
import se.psi.core.contact.port.in.GetPartnerContactUseCase;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.contact.port.out.PartnerContacts;

/**
 * Builds the contact-person use cases (CON-1..4) over the kernel, the partner contacts and whether a partner is
 * active, which the membership feature answers.
 */
public final class ContactWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(AppointContactPersonUseCase.class,
      ReportContactVacancyUseCase.class, GetPartnerContactUseCase.class, FindUnreachablePartnersUseCase.class,
      RemindVacantContactsUseCase.class, ExportPersonalDataUseCase.class, ErasePersonalDataUseCase.class);

  private ContactWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, PartnerContacts contacts,
      PartnerActivity partners) {
    var boundary = kernel.boundary();
    var registerChanges = new RegisterChanges(kernel.changes(), contacts);
    useCases
        .add(AppointContactPersonUseCase.class, new AppointContactPersonService(registerChanges))
        .add(ReportContactVacancyUseCase.class, new ReportContactVacancyService(registerChanges))
        .add(GetPartnerContactUseCase.class, new GetPartnerContactService(kernel.changes(), contacts))
        .add(FindUnreachablePartnersUseCase.class, new FindUnreachablePartnersService(boundary, contacts, partners,
            kernel.today()))
        .add(RemindVacantContactsUseCase.class, new RemindVacantContactsService(kernel.changes(), contacts,
            partners))
        .add(ExportPersonalDataUseCase.class, new ExportPersonalDataService(boundary, contacts))
        .add(ErasePersonalDataUseCase.class, new ErasePersonalDataService(boundary, contacts, kernel.ids(),
            kernel.clock()));
  }
}
