package se.psi.core.grant.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.shared.OrganisationNumber;

/**
 * Which grant cases a worklist shows, a page at a time: those in one of {@code statuses}, of one applicant, arrived on
 * or before a day; oldest arrival first (drafts, which have not arrived, before them), then by id.
 */
public record CaseFilter(Set<GrantStatus> statuses, Optional<OrganisationNumber> applicant,
    Optional<LocalDate> arrivedOnOrBefore, int offset, int limit) {

  public CaseFilter {
    statuses = Set.copyOf(statuses);
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(arrivedOnOrBefore, "arrivedOnOrBefore");
    if (statuses.isEmpty() || offset < 0 || limit < 1) {
      throw new IllegalArgumentException("at least one status, offset >= 0 and limit >= 1 expected");
    }
  }
}
