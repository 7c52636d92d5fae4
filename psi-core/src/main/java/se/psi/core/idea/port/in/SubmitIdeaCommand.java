package se.psi.core.idea.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;

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
