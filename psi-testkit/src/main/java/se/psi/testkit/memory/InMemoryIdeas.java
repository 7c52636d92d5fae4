package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.out.Ideas;

/** {@link Ideas} in memory. */
public final class InMemoryIdeas extends InMemoryRepository<IdeaId, Idea>
    implements Ideas {

  public InMemoryIdeas() {
    super("Idea", Idea::id, Idea::version);
  }

  @Override
  public Option<Idea> find(IdeaId id) {
    return store.find(id);
  }

  @Override
  public Option<Idea> findByReceipt(String receipt) {
    return Option.ofOptional(store.all().stream().filter(i -> i.receipt().equals(receipt)).findFirst());
  }

  @Override
  public List<Idea> all() {
    return store.all().stream().sorted(Comparator.comparing(Idea::submittedOn).reversed()
        .thenComparing(i -> i.id().value())).toList();
  }

  @Override
  public void save(Idea idea) {
    store.save(idea);
  }
}
