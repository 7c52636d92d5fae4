package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.MANAGE_PRESENTATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import se.psi.core.application.Change;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;

/** MTG-3: records that a granted project owes a presentation (GRA-8). */
final class OwePresentationService implements OwePresentationUseCase {

  private final UseCaseBoundary boundary;
  private final PresentationObligations obligations;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  OwePresentationService(UseCaseBoundary boundary, PresentationObligations obligations, Today today, IdSource ids,
      Clock clock) {
    this.boundary = boundary;
    this.obligations = obligations;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PresentationObligation> owePresentation(PresentationCommand command) {
    return boundary.change("OwePresentation", PresentationObligationLoader.TYPE, "", command.actor(), command, c ->
        MANAGE_PRESENTATIONS.check(c.actor()).map(ok -> {
          var owed = PresentationObligation.owe(new PresentationObligationId(ids.newId()),
              c.projectReference(), c.projectTitle(), this.today.date());
          obligations.save(owed);
          return Change.of(owed, owed.id().toString(), List.of(new PresentationObligation.PresentationOwed(
              EventMeta.source(ids, clock).get(), owed.id(), owed.projectReference())));
        }));
  }
}
