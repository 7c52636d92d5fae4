package se.psi.core.project.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectsAndCalls.FundingCall;
import se.psi.core.project.domain.ProjectsAndCalls.ProjectIdea;
import se.psi.core.project.domain.ProjectsAndCalls.ThemeInterest;
import se.psi.core.project.port.in.ProjectCommands.ProjectCommand;
import se.psi.core.project.port.in.ProjectCommands.ProjectIdeaCommand;
import se.psi.core.project.port.in.ProjectCommands.PublishCallCommand;
import se.psi.core.project.port.in.ProjectCommands.RegisterProjectCommand;
import se.psi.core.project.port.in.ProjectCommands.ThemeInterestCommand;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** Calls, the project bank and partners' projects (PRJ-1..4). */
public final class ProjectUseCases {

  private ProjectUseCases() {}

  /** A call open on the day, with the project-bank ideas that share its themes (PRJ-4). */
  public record CallMatch(FundingCall call, List<ProjectIdea> ideas) {
    public CallMatch {
      ideas = List.copyOf(ideas);
    }
  }

  /** PRJ-3: calls, and the partners interested in their themes. */
  public interface CallsUseCase {
    /**
     * Emits {@code CallMatchedPartner} for every active partner (not withdrawn, agreement not ended: MEM-7, MEM-8)
     * whose interests share a theme with the call.
     */
    Either<Rejection, FundingCall> publishCall(PublishCallCommand command);

    Either<Rejection, List<FundingCall>> findCalls(Actor actor);

    Either<Rejection, ThemeInterest> registerThemeInterest(ThemeInterestCommand command);
  }

  /** PRJ-4: the project bank by theme, matched to open calls. */
  public interface ProjectBankUseCase {
    Either<Rejection, ProjectIdea> addToProjectBank(ProjectIdeaCommand command);

    Either<Rejection, List<ProjectIdea>> findProjectBank(Actor actor);

    Either<Rejection, List<CallMatch>> matchProjectBankToOpenCalls(Actor actor);
  }

  /** PRJ-1, PRJ-2: projects are the partners' own; the partnership may back one once anchored. */
  public interface ProjectsUseCase {
    Either<Rejection, Project> registerProject(RegisterProjectCommand command);

    Either<Rejection, Project> anchorProject(ProjectCommand command);

    Either<Rejection, Project> requestStakeholderGroup(ProjectCommand command);

    Either<Rejection, List<Project>> findProjects(Actor actor);
  }
}
