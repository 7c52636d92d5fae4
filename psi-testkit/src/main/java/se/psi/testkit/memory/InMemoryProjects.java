package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.psi.core.project.domain.Project;
import se.psi.core.project.port.out.Projects;

/** {@link Projects} in memory. */
public final class InMemoryProjects extends InMemoryRepository<UUID, Project>
    implements Projects {

  public InMemoryProjects() {
    super("Project", Project::id, Project::version);
  }

  @Override
  public Option<Project> find(UUID id) {
    return store.find(id);
  }

  @Override
  public List<Project> all() {
    return store.all().stream().sorted(Comparator.comparing(Project::title).thenComparing(Project::id)).toList();
  }

  @Override
  public void save(Project project) {
    store.save(project);
  }
}
