package se.psi.testkit.memory;

import io.vavr.control.Option;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.port.out.ActivityLists;

/** {@link ActivityLists} in memory. */
public final class InMemoryActivityLists extends InMemoryRepository<ActivityListId, ActivityList>
    implements ActivityLists {

  public InMemoryActivityLists() {
    super(ActivityList.TYPE, ActivityList::id, ActivityList::version);
  }

  @Override
  public Option<ActivityList> find(ActivityListId id) {
    return store.find(id);
  }

  @Override
  public void save(ActivityList list) {
    store.save(list);
  }
}
