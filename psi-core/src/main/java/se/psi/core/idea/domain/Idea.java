package se.psi.core.idea.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.Place;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * IDE-1, IDE-2: an idea that could become a social innovation, brought by anyone (possibly anonymously), with the
 * societal challenge, where in the county, and the channel it came through; triaged to advice, the project bank or
 * a public dialogue theme. The idea-giver follows it with the receipt, without an account.
 */
@Value.Immutable
@PsiStyle
public abstract class Idea {

  public abstract IdeaId id();

  /** An unguessable token given to the idea-giver to follow what became of the idea. */
  public abstract String receipt();

  public abstract IdeaSource source();

  /** The organisation the idea came from, if any (member of the partnership or not). */
  public abstract Optional<String> organisation();

  /** Empty when the idea-giver stays anonymous, or after erasure. */
  public abstract Optional<IdeaContact> contact();

  public abstract String challenge();

  public abstract String description();

  public abstract Place place();

  public abstract IdeaChannel channel();

  /** IDE-2: the municipality that channelled it from its organisation or citizens. */
  public abstract Optional<Municipality> channelledBy();

  public abstract LocalDate submittedOn();

  public abstract Optional<Triage> triage();

  public abstract long version();

  public boolean isAnonymous() {
    return contact().isEmpty();
  }

  /**
   * IDE-1: an idea arrives on {@code on}, with the receipt its giver follows it by; the event names the source and
   * the channel, never the giver.
   */
  public static Changed<Idea> submit(IdeaId id, String receipt, IdeaSource source, Optional<String> organisation,
      Optional<IdeaContact> contact, String challenge, String description, Place place, IdeaChannel channel,
      Optional<Municipality> channelledBy, LocalDate on, Supplier<EventMeta> meta) {
    Idea idea = builder().id(id).receipt(receipt).source(source).organisation(organisation).contact(contact)
        .challenge(challenge).description(description).place(place).channel(channel).channelledBy(channelledBy)
        .submittedOn(on).version(1).build();
    return Changed.of(idea, List.of(new IdeaEvent.IdeaSubmitted(meta.get(), id, source, channel, channelledBy)));
  }

  /** IDE-2: the idea goes where {@code outcome} says, decided on {@code on} by {@code by} (a host's id). */
  public Either<Rejection, Changed<Idea>> triage(TriageOutcome outcome, String note, String by, LocalDate on,
      Supplier<EventMeta> meta) {
    Idea triaged = ImmutableIdea.builder().from(this).triage(new Triage(outcome, note, on, by))
        .version(version() + 1).build();
    return Either.right(Changed.of(triaged, List.of(new IdeaEvent.IdeaTriaged(meta.get(), id(), outcome))));
  }

  /**
   * IDE-2: what the triage decided was created ({@code created}: an advisory case, a project-bank entry, a public
   * dialogue on the theme); the triage points to it from now on. Refused, naming {@code field}, unless the idea was
   * triaged to exactly that and has led to nothing yet.
   */
  public Either<Rejection, Changed<Idea>> takenFurther(LedTo created, String field, String rulesetVersion,
      LocalDate on, Supplier<EventMeta> meta) {
    TriageOutcome outcome = created.outcome();
    Either<Rejection, IdeaRules.TakingFurther> triagedSo = Rules.requireUnder(rulesetVersion,
        IdeaRules.TAKING_FURTHER, new IdeaRules.TakingFurther(this, outcome, field), on);
    if (triagedSo.isLeft()) {
      return Either.left(triagedSo.getLeft());
    }
    Triage t = triage().get();
    Idea taken = ImmutableIdea.builder().from(this).triage(new Triage(t.outcome(), t.note(), t.on(), t.by(),
        Optional.of(created))).version(version() + 1).build();
    return Either.right(Changed.of(taken, List.of(new IdeaEvent.IdeaTakenFurther(meta.get(), id(), outcome,
        created))));
  }

  /**
   * CON-3: the contact details are erased; the idea itself stays. The event names the idea only, and tells whoever
   * copied the contact from an earlier answer to erase it too. Erasing again changes nothing and tells nothing.
   */
  public Changed<Idea> eraseContact(Supplier<EventMeta> meta) {
    if (contact().isEmpty()) {
      return Changed.none(this);
    }
    return Changed.of(ImmutableIdea.builder().from(this).contact(Optional.empty()).version(version() + 1).build(),
        List.of(new IdeaEvent.IdeaContactErased(meta.get(), id())));
  }

  /** For adapters that read an idea back from storage; a change goes through the methods above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an idea. */
  public static final class Builder extends ImmutableIdea.Builder {}
}
