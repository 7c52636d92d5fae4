package se.psi.core.project.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/**
 * PRJ-4: an idea in the project bank, by theme, ready for when a call opens; with where it came from, if from the
 * partnership's own channels: an idea triaged to the bank (IDE-2) or an advisory case that sent it here (ADV-3).
 * Each of those points back to this entry.
 */
public record ProjectIdea(ProjectIdeaId id, String theme, String title, String description,
    Optional<PartnerId> proposedBy, LocalDate addedOn, long version, Optional<IdeaId> fromIdea,
    Optional<AdvisoryCaseId> fromAdvisoryCase) {

  public static final String TYPE = "ProjectIdea";

  public ProjectIdea {
    Objects.requireNonNull(id, "id");
    theme = Themes.normalised(theme);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(addedOn, "addedOn");
    Objects.requireNonNull(fromIdea, "fromIdea");
    Objects.requireNonNull(fromAdvisoryCase, "fromAdvisoryCase");
  }

  /** An entry added directly, not from an idea or an advisory case. */
  public ProjectIdea(ProjectIdeaId id, String theme, String title, String description,
      Optional<PartnerId> proposedBy, LocalDate addedOn, long version) {
    this(id, theme, title, description, proposedBy, addedOn, version, Optional.empty(), Optional.empty());
  }

  /**
   * PRJ-4: a new entry added on {@code on}. The changes of its sources (the idea, the advisory case) are theirs and
   * tell their own events.
   */
  public static Changed<ProjectIdea> add(ProjectIdeaId id, String theme, String title, String description,
      Optional<PartnerId> proposedBy, LocalDate on, Optional<IdeaId> fromIdea,
      Optional<AdvisoryCaseId> fromAdvisoryCase, Supplier<EventMeta> meta) {
    ProjectIdea added = new ProjectIdea(id, theme, title.strip(), description.strip(), proposedBy, on, 1, fromIdea,
        fromAdvisoryCase);
    return Changed.of(added, List.of(new ProjectEvent.ProjectIdeaAdded(meta.get(), id, added.theme(), fromIdea,
        fromAdvisoryCase)));
  }
}
