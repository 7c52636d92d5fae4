package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.port.out.Projects;

/** {@link Projects} in memory. */
public final class InMemoryProjects extends InMemoryRepository<ProjectId, Project>
    implements Projects {

  public InMemoryProjects() {
    super(Project.TYPE, Project::id, Project::version);
  }

  @Override
  public Option<Project> find(ProjectId id) {
    return store.find(id);
  }

  @Override
  public List<Project> all() {
    return store.all().stream().sorted(Comparator.comparing(Project::title).thenComparing(project -> project.id().value())).toList();
  }

  @Override
  public void save(Project project) {
    store.save(project);
  }
}
