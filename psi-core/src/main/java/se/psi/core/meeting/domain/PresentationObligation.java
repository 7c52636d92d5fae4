package se.psi.core.meeting.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * MTG-3 (GRA-8): a project that received a grant owes a presentation of its results at a public dialogue. Tracked
 * from owed, to scheduled into a dialogue, to fulfilled when that dialogue was held.
 */
@Value.Immutable
@PsiStyle
public abstract class PresentationObligation {

  /** Where an obligation stands. */
  public enum Status { OWED, SCHEDULED, FULFILLED }

  public abstract PresentationObligationId id();

  /** The granted project, e.g. the grant application's id. */
  public abstract String projectReference();

  public abstract String projectTitle();

  public abstract LocalDate owedSince();

  public abstract Optional<MeetingId> dialogue();

  public abstract Status status();

  public abstract long version();

  /** MTG-3 (GRA-8): a granted project owes a presentation of its results, from {@code since}. */
  public static Changed<PresentationObligation> owe(PresentationObligationId id, String projectReference,
      String title, LocalDate since, Supplier<EventMeta> meta) {
    PresentationObligation owed = ImmutablePresentationObligation.builder().id(id).projectReference(projectReference)
        .projectTitle(title).owedSince(since).status(Status.OWED).version(1).build();
    return Changed.of(owed, List.of(new PresentationOwed(meta.get(), id, projectReference)));
  }

  /** Schedules the presentation into a planned public dialogue (MTG-3); a scheduled one may be moved to another. */
  public Either<Rejection, Changed<PresentationObligation>> scheduleInto(Meeting dialogue,
      Supplier<EventMeta> meta) {
    if (status() == Status.FULFILLED) {
      return Either.left(new Rejection.IllegalState("PresentationObligation", id().toString(), status().name(),
          "presentation.fulfilled"));
    }
    if (dialogue.format() != MeetingFormat.PUBLIC_DIALOGUE || dialogue.status() != MeetingStatus.PLANNED) {
      return Either.left(new Rejection.IllegalState("Meeting", dialogue.id().toString(), dialogue.status().name(),
          "presentation.needsPlannedDialogue"));
    }
    PresentationObligation scheduled = ImmutablePresentationObligation.builder().from(this).dialogue(dialogue.id())
        .status(Status.SCHEDULED).version(version() + 1).build();
    return Either.right(Changed.of(scheduled, List.of(new PresentationScheduled(meta.get(), dialogue.id(), id(),
        dialogue.date()))));
  }

  /**
   * Fulfilled once the dialogue it was scheduled into has been held; {@code dialogue} is that meeting as stored, or
   * empty when it is not scheduled (or its meeting is gone).
   */
  public Either<Rejection, Changed<PresentationObligation>> fulfil(Optional<Meeting> dialogue,
      Supplier<EventMeta> meta) {
    Optional<Meeting> heldHere = dialogue.filter(meeting -> dialogue().filter(meeting.id()::equals).isPresent()
        && meeting.status() == MeetingStatus.HELD);
    if (heldHere.isEmpty()) {
      return Either.left(new Rejection.IllegalState("PresentationObligation", id().toString(), status().name(),
          "presentation.dialogueNotHeld"));
    }
    PresentationObligation fulfilled = ImmutablePresentationObligation.builder().from(this)
        .status(Status.FULFILLED).version(version() + 1).build();
    return Either.right(Changed.of(fulfilled, List.of(new PresentationFulfilled(meta.get(), heldHere.get().id(), id(),
        projectReference()))));
  }

  /** What happens to a presentation obligation: its events name it as their aggregate. */
  public sealed interface PresentationEvent extends DomainEvent
      permits PresentationOwed, PresentationScheduled, PresentationFulfilled {

    PresentationObligationId obligationId();

    @Override
    default String aggregateType() {
      return "PresentationObligation";
    }

    @Override
    default String aggregateId() {
      return obligationId().toString();
    }
  }

  /** MTG-3 (GRA-8): a granted project owes a presentation at a public dialogue. */
  public record PresentationOwed(EventMeta meta, PresentationObligationId obligationId,
      String projectReference) implements PresentationEvent {}

  /** MTG-3: the presentation was scheduled into a planned public dialogue held on {@code date}. */
  public record PresentationScheduled(EventMeta meta, MeetingId meetingId, PresentationObligationId obligationId,
      LocalDate date) implements PresentationEvent {}

  /** MTG-3: a granted project presented its results. Not part of {@link MeetingEvent}: its aggregate is this. */
  public record PresentationFulfilled(EventMeta meta, MeetingId meetingId, PresentationObligationId obligationId,
      String projectReference) implements PresentationEvent {}

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an obligation from stored state. */
  public static final class Builder extends ImmutablePresentationObligation.Builder {}
}
