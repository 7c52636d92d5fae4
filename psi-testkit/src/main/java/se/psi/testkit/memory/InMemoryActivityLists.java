package se.psi.testkit.memory;

import io.vavr.control.Option;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.port.out.ActivityLists;

/** {@link ActivityLists} in memory. */
public final class InMemoryActivityLists extends InMemoryRepository<Integer, ActivityList> implements ActivityLists {

  public InMemoryActivityLists() {
    super("ActivityList", ActivityList::year, ActivityList::version);
  }

  @Override
  public Option<ActivityList> find(int year) {
    return store.find(year);
  }

  @Override
  public void save(ActivityList list) {
    store.save(list);
  }
}
