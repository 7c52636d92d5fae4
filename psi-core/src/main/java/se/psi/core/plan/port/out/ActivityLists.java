package se.psi.core.plan.port.out;

import io.vavr.control.Option;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;

/** Driven port: one activity list per year, with optimistic locking (version 1 is new). */
public interface ActivityLists {

  Option<ActivityList> find(ActivityListId id);

  void save(ActivityList list);
}
