package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FIND_PRESENTATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.FindPresentationsUseCase;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** MTG-3: presentations not yet fulfilled; public. */
final class FindPresentationsService implements FindPresentationsUseCase {

  private final PresentationObligations obligations;

  @Inject
  FindPresentationsService(PresentationObligations obligations) {
    this.obligations = obligations;
  }

  @Override
  public Either<Rejection, List<PresentationObligation>> findUnfulfilledPresentations(Actor actor) {
    return FIND_PRESENTATIONS.check(actor).map(ok -> obligations.unfulfilled());
  }
}
