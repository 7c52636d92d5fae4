package se.psi.core.membership.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;

/**
 * Driven port: membership applications. {@link #save} stores version 1 as new and a later version only over the
 * version just before it, else throws {@link se.psi.core.port.out.StaleVersionException} (psi-testkit's
 * {@code MembershipApplicationsContract}).
 */
public interface MembershipApplications {

  Option<MembershipApplication> find(MembershipApplicationId id);

  /** The organisation's applications, oldest first. */
  List<MembershipApplication> findByOrganisation(OrganisationNumber organisation);

  /** A page of applications, oldest submitted first; counted as far as {@link Page} describes. */
  Page<MembershipApplication> list(ApplicationFilter filter);

  /**
   * How many applications submitted in the year stand at each status now; a status without any may be absent. A
   * storage adapter counts in the store (an index on the day submitted), not by loading the applications.
   */
  Map<ApplicationStatus, Long> countByStatus(Year submittedIn);

  void save(MembershipApplication application);

  /**
   * Every decision taken from {@code from} to {@code to} (both included), oldest first (by decision date, then
   * application id, then number), each with its receipt as saved, handed to {@code each} one at a time so that a
   * what-if over many decisions never holds them all at once. A storage adapter reads them in the store by the
   * decision date (an index), not by loading the applications.
   */
  void forEachDecision(LocalDate from, LocalDate to, Consumer<RecordedMembershipDecision> each);
}
