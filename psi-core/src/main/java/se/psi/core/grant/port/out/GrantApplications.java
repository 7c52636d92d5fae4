package se.psi.core.grant.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;

/** Driven port: grant applications, with optimistic locking as every repository. */
public interface GrantApplications {

  Option<GrantApplication> find(GrantApplicationId id);

  /** Applications decided in {@code [from, to]}, by decision date: the report of delegated decisions. */
  List<GrantApplication> decidedBetween(LocalDate from, LocalDate to);

  /** Applications of a scheme year, by id. */
  List<GrantApplication> ofSchemeYear(int year);

  void save(GrantApplication application);
}
