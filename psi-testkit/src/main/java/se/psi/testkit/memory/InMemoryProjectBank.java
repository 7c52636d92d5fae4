package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.port.out.ProjectBank;

/** {@link ProjectBank} in memory. */
public final class InMemoryProjectBank extends InMemoryRepository<ProjectIdeaId, ProjectIdea>
    implements ProjectBank {

  public InMemoryProjectBank() {
    super(ProjectIdea.TYPE, ProjectIdea::id, ProjectIdea::version);
  }

  @Override
  public Option<ProjectIdea> find(ProjectIdeaId id) {
    return store.find(id);
  }

  @Override
  public List<ProjectIdea> all() {
    return store.all().stream().sorted(Comparator.comparing(ProjectIdea::theme).thenComparing(idea -> idea.id().value()))
        .toList();
  }

  @Override
  public void save(ProjectIdea idea) {
    store.save(idea);
  }
}
