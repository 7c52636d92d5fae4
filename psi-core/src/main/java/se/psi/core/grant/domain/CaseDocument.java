package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * GRA-9: a document of the case as it is listed on the case: what kind it is, the day it arrived or was drawn up, and
 * a reference that finds it (in the library, the id of what it records, e.g. the application's id; in an integrator's
 * records system, its document number). Each step that adds a document to the case lists it here.
 */
public record CaseDocument(Kind kind, LocalDate date, String reference) {

  /** The kinds of document a grant case holds, from the application to the final report. */
  public enum Kind {
    APPLICATION, COMPLETION_REQUEST, COMPLETION, PROPOSAL, COMMUNICATION, ANSWER, DECISION, NOTICE, ACCEPTANCE,
    PAYOUT_REQUEST, CHANGE_REQUEST, FINAL_REPORT, REMINDER, REPAYMENT_CLAIM, OTHER
  }

  public CaseDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
  }
}
