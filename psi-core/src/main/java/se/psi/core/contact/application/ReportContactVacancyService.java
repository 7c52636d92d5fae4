package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.REPORT_CONTACT_VACANCY;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.rules.Rejection;

final class ReportContactVacancyService implements ReportContactVacancyUseCase {

  private final RegisterChanges changes;

  @Inject
  ReportContactVacancyService(RegisterChanges changes) {
    this.changes = changes;
  }

  @Override
  public Either<Rejection, PartnerContact> reportContactVacancy(ReportContactVacancyCommand command) {
    return changes.change(REPORT_CONTACT_VACANCY, command.actor(), command.partnerId(), command.expectedVersion(),
        command, (register, today, meta) ->
            register.reportVacancy(Optional.ofNullable(command.since()).orElse(today), meta));
  }
}
