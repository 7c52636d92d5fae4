package se.psi.core.grant.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantCaseSummary;
import se.psi.core.shared.Page;

/** Driven port: grant applications, with optimistic locking as every repository. */
public interface GrantApplications {

  Option<GrantApplication> find(GrantApplicationId id);

  /** Applications decided in {@code [from, to]}, by decision date: the report of delegated decisions. */
  List<GrantApplication> decidedBetween(LocalDate from, LocalDate to);

  /** Applications of a scheme year, by id. */
  List<GrantApplication> ofSchemeYear(int year);

  /**
   * A page of cases as worklists show them, read without loading the cases whole; counted as far as {@link Page}
   * describes, so a page costs the same however many cases are stored.
   */
  Page<GrantCaseSummary> cases(CaseFilter filter);

  void save(GrantApplication application);
}
