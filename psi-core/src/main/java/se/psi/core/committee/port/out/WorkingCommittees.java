package se.psi.core.committee.port.out;

import io.vavr.control.Option;
import se.psi.core.committee.domain.WorkingCommittee;

/**
 * Driven port: the partnership's working committee. {@link #save} stores version 1 as new and a later version only
 * over the version just before it, else throws {@link se.psi.core.port.out.StaleVersionException}
 * (psi-testkit's {@code WorkingCommitteesContract}).
 */
public interface WorkingCommittees {

  Option<WorkingCommittee> find(String partnership);

  void save(WorkingCommittee committee);
}
