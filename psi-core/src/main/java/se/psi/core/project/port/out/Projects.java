package se.psi.core.project.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.domain.Project;

/** PRJ-1, PRJ-2: partners' projects.  Saves with optimistic locking (version 1 is new). */
public interface Projects {
  Option<Project> find(ProjectId id);

  List<Project> all();

  void save(Project project);
}
