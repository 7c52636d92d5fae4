package se.psi.core.project.port.out;

import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectsAndCalls.FundingCall;
import se.psi.core.project.domain.ProjectsAndCalls.ProjectIdea;
import se.psi.core.project.domain.ProjectsAndCalls.ThemeInterest;
import se.psi.core.shared.PartnerId;

/** Driven ports of projects and calls; each saves with optimistic locking (version 1 is new). */
public final class ProjectPorts {

  private ProjectPorts() {}

  /** PRJ-3: published calls. */
  public interface FundingCalls {
    Option<FundingCall> find(UUID id);

    /** Every call, by deadline. */
    List<FundingCall> all();

    void save(FundingCall call);
  }

  /** PRJ-3: partners' themes of interest. */
  public interface ThemeInterests {
    Option<ThemeInterest> find(PartnerId partner);

    List<ThemeInterest> all();

    void save(ThemeInterest interest);
  }

  /** PRJ-4: the project bank. */
  public interface ProjectBank {
    Option<ProjectIdea> find(UUID id);

    /** Every idea, by theme. */
    List<ProjectIdea> all();

    void save(ProjectIdea idea);
  }

  /** PRJ-1, PRJ-2: partners' projects. */
  public interface Projects {
    Option<Project> find(UUID id);

    List<Project> all();

    void save(Project project);
  }
}
