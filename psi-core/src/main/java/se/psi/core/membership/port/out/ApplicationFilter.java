package se.psi.core.membership.port.out;

import java.util.Optional;
import se.psi.core.membership.domain.ApplicationStatus;

/**
 * Which membership applications to list, and which page. Results are ordered by the day they were submitted, oldest
 * first, then by id, so the committee's queue reads in the order it came in and pages are stable.
 *
 * @param status only this status
 * @param offset how many to skip
 * @param limit page size, at least 1
 */
public record ApplicationFilter(Optional<ApplicationStatus> status, int offset, int limit) {

  public ApplicationFilter {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset >= 0 and limit >= 1 expected");
    }
  }
}
