package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * GRA-9: how a case stands in the authority's records: its case number, the day it arrived, its public title (what
 * anyone may read in the register, so nothing under secrecy) and, where needed, a secrecy marking.
 */
public record Registration(CaseNumber caseNumber, LocalDate arrivedOn, String title,
    Optional<SecrecyMarking> secrecy) {

  public Registration {
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(arrivedOn, "arrivedOn");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(secrecy, "secrecy");
  }

  /** The registration with a new public title and marking; the number and the day of arrival never change. */
  public Registration describedAs(String newTitle, Optional<SecrecyMarking> marking) {
    return new Registration(caseNumber, arrivedOn, newTitle, marking);
  }
}
