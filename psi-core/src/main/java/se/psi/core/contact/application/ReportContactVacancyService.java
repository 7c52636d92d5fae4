package se.psi.core.contact.application;

import static se.psi.core.contact.port.in.ContactPermissions.REPORT_CONTACT_VACANCY;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.usecase.Change;
import se.psi.core.usecase.Found;
import se.psi.core.usecase.Rejection;
import se.psi.core.usecase.RulesInForce;
import se.psi.core.usecase.UseCaseBoundary;

final class ReportContactVacancyService implements ReportContactVacancyUseCase {

  private final UseCaseBoundary boundary;
  private final PartnerContacts registers;
  private final RulesInForce rules;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  ReportContactVacancyService(UseCaseBoundary boundary, PartnerContacts registers, RulesInForce rules, IdSource ids,
      Clock clock) {
    this.boundary = boundary;
    this.registers = registers;
    this.rules = rules;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PartnerContact> reportContactVacancy(ReportContactVacancyCommand command) {
    return boundary.change(REPORT_CONTACT_VACANCY.useCase(), Registers.TYPE, Found.text(command.partnerId()),
        command.actor(), command, c -> Registers
            .forCommand(registers, c.partnerId(), c.expectedVersion(), c.actor(), REPORT_CONTACT_VACANCY)
            .flatMap(register -> register.reportVacancy(Optional.ofNullable(c.since()).orElseGet(rules::today),
                EventMeta.source(ids, clock)))
            .map(changed -> {
              registers.save(changed.register());
              return Change.of(changed.register(), c.partnerId().toString(), changed.events());
            }));
  }
}
