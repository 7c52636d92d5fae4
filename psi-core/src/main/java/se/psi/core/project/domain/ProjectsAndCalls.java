package se.psi.core.project.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** The values of projects and calls: themes, the project bank, interests, and their events (PRJ-1..4). */
public final class ProjectsAndCalls {

  private ProjectsAndCalls() {}

  /** Themes are compared without regard to case or surrounding space. */
  public static Set<String> themes(Set<String> given) {
    return given.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * PRJ-3: a national or European funding call the committee tells the parties of.
   *
   * @param themes the call's themes, normalised with {@link #themes(Set)}
   */
  public record FundingCall(UUID id, String funder, String programme, LocalDate deadline, Set<String> themes,
      LocalDate publishedOn, long version) {
    public FundingCall {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(funder, "funder");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(deadline, "deadline");
      themes = ProjectsAndCalls.themes(themes);
      Objects.requireNonNull(publishedOn, "publishedOn");
    }

    public boolean isOpenOn(LocalDate date) {
      return !date.isAfter(deadline);
    }

    /** The themes this call shares with {@code others}. */
    public Set<String> sharedThemes(Set<String> others) {
      return themes.stream().filter(ProjectsAndCalls.themes(others)::contains).collect(Collectors.toSet());
    }
  }

  /** PRJ-3: the themes a partner wants to hear of calls about. */
  public record ThemeInterest(PartnerId partner, Set<String> themes, long version) {
    public ThemeInterest {
      Objects.requireNonNull(partner, "partner");
      themes = ProjectsAndCalls.themes(themes);
    }
  }

  /**
   * PRJ-4: an idea in the project bank, by theme, ready for when a call opens; with where it came from, if from the
   * partnership's own channels: an idea triaged to the bank (IDE-2) or an advisory case that sent it here (ADV-3).
   * Each of those points back to this entry.
   */
  public record ProjectIdea(UUID id, String theme, String title, String description, Optional<PartnerId> proposedBy,
      LocalDate addedOn, long version, Optional<UUID> fromIdea, Optional<UUID> fromAdvisoryCase) {
    public ProjectIdea {
      Objects.requireNonNull(id, "id");
      theme = theme.strip().toLowerCase(Locale.ROOT);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(proposedBy, "proposedBy");
      Objects.requireNonNull(addedOn, "addedOn");
      Objects.requireNonNull(fromIdea, "fromIdea");
      Objects.requireNonNull(fromAdvisoryCase, "fromAdvisoryCase");
    }

    /** An entry added directly, not from an idea or an advisory case. */
    public ProjectIdea(UUID id, String theme, String title, String description, Optional<PartnerId> proposedBy,
        LocalDate addedOn, long version) {
      this(id, theme, title, description, proposedBy, addedOn, version, Optional.empty(), Optional.empty());
    }
  }

  /** What happens to calls and projects. */
  public sealed interface ProjectEvent extends DomainEvent {}

  /** PRJ-3: the committee published a call. */
  public record CallPublished(EventMeta meta, UUID callId, LocalDate deadline) implements ProjectEvent {
    @Override
    public String aggregateType() {
      return "FundingCall";
    }

    @Override
    public String aggregateId() {
      return callId.toString();
    }
  }

  /** PRJ-3: a partner interested in the call's themes is to be told of it. */
  public record CallMatchedPartner(EventMeta meta, UUID callId, PartnerId partnerId, Set<String> themes)
      implements ProjectEvent {
    public CallMatchedPartner {
      themes = Set.copyOf(themes);
    }

    @Override
    public String aggregateType() {
      return "FundingCall";
    }

    @Override
    public String aggregateId() {
      return callId.toString();
    }
  }

  /** PRJ-1, PRJ-2: a project changed (registered, anchored with the committee, or backed by the partnership). */
  public record ProjectChanged(EventMeta meta, UUID projectId, PartnerId owner, boolean anchored,
      boolean stakeholderGroup) implements ProjectEvent {
    @Override
    public String aggregateType() {
      return "Project";
    }

    @Override
    public String aggregateId() {
      return projectId.toString();
    }
  }
}
