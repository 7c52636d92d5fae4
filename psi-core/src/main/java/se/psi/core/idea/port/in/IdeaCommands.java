package se.psi.core.idea.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.idea.domain.IdeaValues.IdeaChannel;
import se.psi.core.idea.domain.IdeaValues.IdeaSource;
import se.psi.core.idea.domain.IdeaValues.TriageOutcome;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;

/** The commands of ideas (IDE-1, IDE-2). */
public final class IdeaCommands {

  private IdeaCommands() {}

  /** How to reach the idea-giver; leave it out to stay anonymous. */
  public record ContactDetails(@NotBlank @Size(max = 200) String name,
      @NotBlank @Email @Size(max = 254) String email) {}

  /**
   * IDE-1: anyone brings an idea.
   *
   * @param municipality where in the county; null with {@code digital} or when it concerns the whole county
   * @param channelledBy IDE-2: the municipality that passes the idea on, if one does
   */
  public record SubmitIdeaCommand(@NotNull Actor actor, @NotNull IdeaSource source,
      @Size(min = 1, max = 200) String organisation, @Valid ContactDetails contact,
      @NotBlank @Size(max = 2000) String challenge, @NotBlank @Size(max = 4000) String description,
      Municipality municipality, @NotNull IdeaChannel channel, Municipality channelledBy) {

    /** An idea passed on by a municipality names it (IDE-2). */
    @AssertTrue(message = "{idea.channelledByMunicipality}")
    public boolean isChannelConsistent() {
      return (channel == IdeaChannel.MUNICIPALITY) == (channelledBy != null);
    }
  }

  /** IDE-2: what became of an idea. */
  public record TriageIdeaCommand(@NotNull Actor actor, @NotNull UUID ideaId, @NotNull TriageOutcome outcome,
      @NotBlank @Size(max = 2000) String note, @Positive Long expectedVersion) {}

  /** Erase the contact details of an idea (CON-3). */
  public record IdeaCommand(@NotNull Actor actor, @NotNull UUID ideaId, @Positive Long expectedVersion) {}

  /** The idea-giver follows the idea with its receipt. */
  public record FollowIdeaQuery(@NotNull Actor actor, @NotBlank @Size(max = 100) String receipt) {}
}
