package se.psi.core.membership.domain;

/** Where a membership application stands. ADMITTED and REFUSED are final. */
public enum ApplicationStatus {
  /** Waiting for the committee's decision. */
  SUBMITTED,
  /** Decided incomplete: the applicant completes it and it is decided again. */
  INCOMPLETE,
  ADMITTED,
  REFUSED;

  public boolean isDecidable() {
    return this == SUBMITTED || this == INCOMPLETE;
  }
}
