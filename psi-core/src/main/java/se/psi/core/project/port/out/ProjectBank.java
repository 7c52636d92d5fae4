package se.psi.core.project.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.domain.ProjectIdea;

/** PRJ-4: the project bank.  Saves with optimistic locking (version 1 is new). */
public interface ProjectBank {
  Option<ProjectIdea> find(ProjectIdeaId id);

  /** Every idea, by theme. */
  List<ProjectIdea> all();

  void save(ProjectIdea idea);
}
