package se.psi.core.meeting.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;

/** MTG-3: marks a presentation fulfilled once its public dialogue was held. */
final class FulfilPresentationService implements FulfilPresentationUseCase {

  private static final String TYPE = PresentationObligationLoader.TYPE;

  private final UseCaseBoundary boundary;
  private final PresentationObligationLoader loader;
  private final PresentationObligations obligations;
  private final Meetings meetings;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  FulfilPresentationService(UseCaseBoundary boundary, PresentationObligationLoader loader,
      PresentationObligations obligations, Meetings meetings, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.loader = loader;
    this.obligations = obligations;
    this.meetings = meetings;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PresentationObligation> fulfilPresentation(PresentationCommand command) {
    return boundary.change("FulfilPresentation", TYPE, Found.text(command.obligationId()), command.actor(), command,
        c -> loader.load(c).flatMap(obligation -> obligation.dialogue()
            .flatMap(dialogue -> meetings.find(dialogue).toJavaOptional())
            .map(dialogue -> obligation.fulfil(dialogue, EventMeta.source(ids, clock)))
            .orElseGet(() -> Either.left(new Rejection.IllegalState(TYPE, obligation.id().toString(),
                obligation.status().name(), "presentation.dialogueNotHeld"))))
            .map(changed -> {
              obligations.save(changed.obligation());
              return Change.of(changed.obligation(), changed.obligation().id().toString(), changed.events());
            }));
  }
}
