package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.FIND_PRESENTATIONS;
import static se.psi.core.meeting.port.in.MeetingPermissions.MANAGE_PRESENTATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.in.PresentationUseCases;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.shared.Actor;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** MTG-3: presentations owed by granted projects, from owed to fulfilled. */
final class PresentationService implements PresentationUseCases.OwePresentationUseCase,
    PresentationUseCases.SchedulePresentationUseCase, PresentationUseCases.FulfilPresentationUseCase,
    PresentationUseCases.FindPresentationsUseCase {

  private static final String TYPE = "PresentationObligation";

  private final UseCaseBoundary boundary;
  private final PresentationObligations obligations;
  private final Meetings meetings;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;

  @Inject
  PresentationService(UseCaseBoundary boundary, PresentationObligations obligations, Meetings meetings,
      Today today, IdSource ids, Clock clock) {
    this.boundary = boundary;
    this.obligations = obligations;
    this.meetings = meetings;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Either<Rejection, PresentationObligation> owePresentation(PresentationCommand command) {
    return boundary.change("OwePresentation", TYPE, "", command.actor(), command, c ->
        MANAGE_PRESENTATIONS.check(c.actor()).map(ok -> {
          var owed = PresentationObligation.owe(new PresentationObligationId(ids.newId()),
              c.projectReference(), c.projectTitle(), this.today.date());
          obligations.save(owed);
          return Change.of(owed, owed.id().toString(), List.of(new PresentationObligation.PresentationOwed(
              EventMeta.source(ids, clock).get(), owed.id(), owed.projectReference())));
        }));
  }

  @Override
  public Either<Rejection, PresentationObligation> schedulePresentation(PresentationCommand command) {
    return boundary.change("SchedulePresentation", TYPE, Found.text(command.obligationId()), command.actor(),
        command, c -> load(c).flatMap(obligation ->
            Found.orNotFound(meetings.find(new MeetingId(nonNull(c.meetingId()))), MeetingChanges.TYPE,
                c.meetingId()).flatMap(obligation::scheduleInto))
            .map(scheduled -> {
              obligations.save(scheduled);
              return Change.of(scheduled, scheduled.id().toString(), List.of());
            }));
  }

  @Override
  public Either<Rejection, PresentationObligation> fulfilPresentation(PresentationCommand command) {
    return boundary.change("FulfilPresentation", TYPE, Found.text(command.obligationId()), command.actor(), command,
        c -> load(c).flatMap(obligation -> obligation.dialogue()
            .flatMap(dialogue -> meetings.find(dialogue).toJavaOptional())
            .map(dialogue -> obligation.fulfil(dialogue, EventMeta.source(ids, clock)))
            .orElseGet(() -> Either.left(new Rejection.IllegalState(TYPE, obligation.id().toString(),
                obligation.status().name(), "presentation.dialogueNotHeld"))))
            .map(changed -> {
              obligations.save(changed.obligation());
              return Change.of(changed.obligation(), changed.obligation().id().toString(), changed.events());
            }));
  }

  @Override
  public Either<Rejection, List<PresentationObligation>> findUnfulfilledPresentations(Actor actor) {
    return FIND_PRESENTATIONS.check(actor).map(ok -> obligations.unfulfilled());
  }

  private Either<Rejection, PresentationObligation> load(PresentationCommand command) {
    return MANAGE_PRESENTATIONS.check(command.actor())
        .flatMap(ok -> Found.orNotFound(
            obligations.find(new PresentationObligationId(nonNull(command.obligationId()))), TYPE,
            command.obligationId()))
        .flatMap(o -> Found.atVersion(o, PresentationObligation::version, command.expectedVersion(), TYPE, o.id()));
  }

  /** A missing id finds nothing: a random one stands in, so the answer is NotFound rather than an exception. */
  private static UUID nonNull(UUID id) {
    return id == null ? new UUID(0, 0) : id;
  }
}
