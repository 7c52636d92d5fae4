package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.rules.Rejection;

/** MTG-3: schedules an owed presentation into a planned public dialogue. */
public interface SchedulePresentationUseCase {

  Either<Rejection, PresentationObligation> schedulePresentation(SchedulePresentationCommand command);
}
