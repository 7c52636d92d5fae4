package se.psi.testkit.memory;

import io.vavr.control.Option;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.out.WorkingCommittees;

/** {@link WorkingCommittees} in memory. */
public final class InMemoryWorkingCommittees extends InMemoryRepository<String, WorkingCommittee>
    implements WorkingCommittees {

  public InMemoryWorkingCommittees() {
    super("WorkingCommittee", WorkingCommittee::partnership, WorkingCommittee::version);
  }

  @Override
  public Option<WorkingCommittee> find(String partnership) {
    return store.find(partnership);
  }

  @Override
  public void save(WorkingCommittee committee) {
    store.save(committee);
  }
}
