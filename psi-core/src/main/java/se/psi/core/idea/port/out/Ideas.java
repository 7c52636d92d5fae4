package se.psi.core.idea.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;

/** Driven port: ideas brought to the partnership, with optimistic locking. */
public interface Ideas {

  Option<Idea> find(IdeaId id);

  Option<Idea> findByReceipt(String receipt);

  /** Every idea, newest first. */
  List<Idea> all();

  void save(Idea idea);
}
