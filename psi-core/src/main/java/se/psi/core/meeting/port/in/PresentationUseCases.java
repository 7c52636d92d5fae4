package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** MTG-3: presentations owed by granted projects, scheduled into public dialogues and marked fulfilled. */
public final class PresentationUseCases {

  private PresentationUseCases() {}

  /** Records that a granted project owes a presentation (GRA-8). */
  public interface OwePresentationUseCase {
    Either<Rejection, PresentationObligation> owePresentation(PresentationCommand command);
  }

  /** Schedules an owed presentation into a planned public dialogue. */
  public interface SchedulePresentationUseCase {
    Either<Rejection, PresentationObligation> schedulePresentation(PresentationCommand command);
  }

  /** Marks a presentation fulfilled once its public dialogue was held. */
  public interface FulfilPresentationUseCase {
    Either<Rejection, PresentationObligation> fulfilPresentation(PresentationCommand command);
  }

  /** Presentations not yet fulfilled; public. */
  public interface FindPresentationsUseCase {
    Either<Rejection, List<PresentationObligation>> findUnfulfilledPresentations(Actor actor);
  }
}
