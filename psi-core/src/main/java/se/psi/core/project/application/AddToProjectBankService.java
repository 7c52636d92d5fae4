package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.MANAGE_PROJECT_BANK;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.application.Changes;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.port.in.AddToProjectBankCommand;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.PartnerId;

final class AddToProjectBankService implements AddToProjectBankUseCase {

  private final Changes changes;
  private final ProjectBank bank;
  private final ProjectBankSources sources;

  @Inject
  AddToProjectBankService(Changes changes, ProjectBank bank, ProjectBankSources sources) {
    this.changes = changes;
    this.bank = bank;
    this.sources = sources;
  }

  @Override
  public Either<Rejection, ProjectIdea> addToProjectBank(AddToProjectBankCommand command) {
    return changes.create(MANAGE_PROJECT_BANK, ProjectAggregates.bank(bank), command.actor(), command,
        ProjectIdea::id, today -> {
          var added = ProjectIdea.add(new ProjectIdeaId(today.newId()), command.theme(), command.title(),
              command.description(), Optional.ofNullable(command.proposedBy()).map(PartnerId::new), today.date(),
              Optional.ofNullable(command.fromIdea()).map(IdeaId::new),
              Optional.ofNullable(command.fromAdvisoryCase()).map(AdvisoryCaseId::new), today.eventMeta());
          // The sources' changes (IDE-2, ADV-3) are saved with the entry, in the same unit of work.
          return sources.pointTo(added.aggregate(), command.actor()).map(sourceEvents -> {
            var events = new ArrayList<>(added.events());
            events.addAll(sourceEvents);
            return Changed.of(added.aggregate(), events);
          });
        });
  }
}
