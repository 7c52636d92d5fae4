package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** The commands of projects and calls (PRJ-1..4). */
public final class ProjectCommands {

  private ProjectCommands() {}

  /** PRJ-3: the committee publishes a call; partners interested in its themes are told of it. */
  public record PublishCallCommand(@NotNull Actor actor, @NotBlank @Size(max = 200) String funder,
      @NotBlank @Size(max = 300) String programme, @NotNull LocalDate deadline,
      @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 100) String> themes) {}

  /** PRJ-3: a partner's themes of interest (replacing earlier ones). */
  public record ThemeInterestCommand(@NotNull Actor actor, @NotNull UUID partnerId,
      @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 100) String> themes) {}

  /**
   * PRJ-4: an idea for the project bank; from an idea triaged to the bank ({@code fromIdea}, IDE-2) or sent here by
   * an advisory case ({@code fromAdvisoryCase}, ADV-3), which then point to the entry.
   */
  public record ProjectIdeaCommand(@NotNull Actor actor, @NotBlank @Size(max = 100) String theme,
      @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description, UUID proposedBy,
      UUID fromIdea, UUID fromAdvisoryCase) {

    /** An entry added directly. */
    public ProjectIdeaCommand(Actor actor, String theme, String title, String description, UUID proposedBy) {
      this(actor, theme, title, description, proposedBy, null, null);
    }
  }

  /** PRJ-1: a partner registers a project it runs in its own name; the partnership itself owns none. */
  public record RegisterProjectCommand(@NotNull Actor actor, @OwnedByAParty UUID owner,
      @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description) {}

  /** PRJ-2: anchor a project with the committee, or ask for the partnership as its reference group. */
  public record ProjectCommand(@NotNull Actor actor, @NotNull UUID projectId, @Positive Long expectedVersion) {}
}
