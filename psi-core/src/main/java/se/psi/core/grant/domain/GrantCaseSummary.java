package se.psi.core.grant.domain;

import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;
import se.psi.core.shared.OrganisationNumber;

/**
 * A grant case as a worklist shows it, read without the rest of the case: its number and public title once it has
 * arrived (a draft shows its project's title), where it stands and when it arrived.
 */
public record GrantCaseSummary(GrantApplicationId applicationId, Optional<CaseNumber> caseNumber, String title,
    GrantStatus status, Optional<LocalDate> arrivedOn, int schemeYear, OrganisationNumber applicant, long version) {

  public GrantCaseSummary {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(arrivedOn, "arrivedOn");
    Objects.requireNonNull(applicant, "applicant");
  }

  /** The summary of {@code application} as it now stands. */
  public static GrantCaseSummary of(GrantApplication application) {
    return new GrantCaseSummary(application.id(), application.registration().map(Registration::caseNumber),
        application.registration().map(Registration::title).orElse(application.project().title()),
        application.status(), application.registration().map(Registration::arrivedOn), application.schemeYear(),
        application.applicant().organisationNumber(), application.version());
  }

  /** Whether the case is still open: arrived or drafted, and neither decided nor withdrawn. */
  public boolean undecided() {
    return status != GrantStatus.DECIDED && status != GrantStatus.WITHDRAWN;
  }
}
