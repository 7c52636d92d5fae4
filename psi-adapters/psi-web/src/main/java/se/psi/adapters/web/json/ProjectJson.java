package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.in.CallMatch;

/** Calls, the project bank and projects (PRJ): requests and answers. */
public final class ProjectJson {

  private ProjectJson() {}

  /** The committee publishes a funding call; partners interested in its themes are told (PRJ-3). */
  public record CallRequest(String funder, String programme, LocalDate deadline, Set<String> themes) {}

  /** A partner's themes of interest (PRJ-3). */
  public record InterestRequest(UUID partnerId, Set<String> themes) {}

  /** An idea for the project bank, by theme (PRJ-4). */
  public record ProjectIdeaRequest(String theme, String title, String description, UUID proposedBy, UUID fromIdea,
      UUID fromAdvisoryCase) {}

  /** A partner registers a project it owns (PRJ-1). */
  public record ProjectRequest(UUID owner, String title, String description) {}

  public record CallView(UUID id, String funder, String programme, LocalDate deadline, Set<String> themes,
      LocalDate publishedOn, long version) {
    public static CallView of(FundingCall call) {
      return new CallView(call.id().value(), call.funder(), call.programme(), call.deadline(), call.themes(),
          call.publishedOn(), call.version());
    }
  }

  public record InterestView(UUID partnerId, Set<String> themes, long version) {
    public static InterestView of(ThemeInterest interest) {
      return new InterestView(interest.partner().value(), interest.themes(), interest.version());
    }
  }

  /** PRJ-4: an entry of the project bank, with the idea (IDE-2) or advisory case (ADV-3) it came from, if any. */
  public record ProjectIdeaView(UUID id, String theme, String title, String description, UUID proposedBy,
      LocalDate addedOn, UUID fromIdea, UUID fromAdvisoryCase, long version) {
    public static ProjectIdeaView of(ProjectIdea idea) {
      return new ProjectIdeaView(idea.id().value(), idea.theme(), idea.title(), idea.description(),
          idea.proposedBy().map(p -> p.value()).orElse(null), idea.addedOn(),
          idea.fromIdea().map(IdeaId::value).orElse(null),
          idea.fromAdvisoryCase().map(AdvisoryCaseId::value).orElse(null), idea.version());
    }
  }

  /** An open call and the project bank's ideas on its themes (PRJ-4). */
  public record CallMatchView(CallView call, List<ProjectIdeaView> ideas) {
    public static CallMatchView of(CallMatch match) {
      return new CallMatchView(CallView.of(match.call()), match.ideas().stream().map(ProjectIdeaView::of).toList());
    }
  }

  /** A project, anchored with the committee (PRJ-2) and with the partnership as reference group if asked. */
  public record ProjectView(UUID id, UUID owner, String title, String description, LocalDate anchoredOn,
      boolean stakeholderGroup, long version) {
    public static ProjectView of(Project project) {
      return new ProjectView(project.id().value(), project.owner().value(), project.title(), project.description(),
          project.anchoredOn().orElse(null), project.stakeholderGroup(), project.version());
    }
  }
}
