package se.psi.core.meeting.application;

import static se.psi.core.meeting.port.in.MeetingPermissions.MANAGE_PRESENTATIONS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.UUID;
import se.psi.core.application.Found;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;

/** MTG-3: the shared first step of scheduling and fulfilling: authorize, load, check version. */
final class PresentationObligationLoader {

  static final String TYPE = "PresentationObligation";

  private final PresentationObligations obligations;

  @Inject
  PresentationObligationLoader(PresentationObligations obligations) {
    this.obligations = obligations;
  }

  Either<Rejection, PresentationObligation> load(PresentationCommand command) {
    return MANAGE_PRESENTATIONS.check(command.actor())
        .flatMap(ok -> Found.orNotFound(
            obligations.find(new PresentationObligationId(nonNull(command.obligationId()))), TYPE,
            command.obligationId()))
        .flatMap(o -> Found.atVersion(o, PresentationObligation::version, command.expectedVersion(), TYPE, o.id()));
  }

  /** A missing id finds nothing: a random one stands in, so the answer is NotFound rather than an exception. */
  static UUID nonNull(UUID id) {
    return id == null ? new UUID(0, 0) : id;
  }
}
