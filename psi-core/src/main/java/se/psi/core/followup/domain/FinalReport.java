package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.Objects;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Sek;

/**
 * GRA-17: the final report (slutrapport): what was done, the money spent and the co-financing spent (money and
 * worked time valued in kronor), with the explanation of how they were checked against the grant.
 */
public record FinalReport(String whatWasDone, Sek spent, Sek coFinancing, String submittedBy, LocalDate submittedOn,
    Explanation explanation) {

  public FinalReport {
    Objects.requireNonNull(whatWasDone, "whatWasDone");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(coFinancing, "coFinancing");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(submittedOn, "submittedOn");
    Objects.requireNonNull(explanation, "explanation");
  }
}
