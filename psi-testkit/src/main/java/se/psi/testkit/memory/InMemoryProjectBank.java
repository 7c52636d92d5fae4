package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.psi.core.project.domain.ProjectsAndCalls.ProjectIdea;
import se.psi.core.project.port.out.ProjectBank;

/** {@link ProjectBank} in memory. */
public final class InMemoryProjectBank extends InMemoryRepository<UUID, ProjectIdea>
    implements ProjectBank {

  public InMemoryProjectBank() {
    super("ProjectIdea", ProjectIdea::id, ProjectIdea::version);
  }

  @Override
  public Option<ProjectIdea> find(UUID id) {
    return store.find(id);
  }

  @Override
  public List<ProjectIdea> all() {
    return store.all().stream().sorted(Comparator.comparing(ProjectIdea::theme).thenComparing(ProjectIdea::id))
        .toList();
  }

  @Override
  public void save(ProjectIdea idea) {
    store.save(idea);
  }
}
