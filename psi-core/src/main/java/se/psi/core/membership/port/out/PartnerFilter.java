package se.psi.core.membership.port.out;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.shared.Sector;

/**
 * Which partners to list, and which page. Results are ordered by organisation name, then id, so pages are stable.
 *
 * @param sector only this sector
 * @param status only this status
 * @param activeOn only partners active on this date (not withdrawn, agreement not ended: MEM-7, MEM-8)
 * @param offset how many to skip
 * @param limit page size, at least 1
 */
public record PartnerFilter(Optional<Sector> sector, Optional<PartnerStatus> status, Optional<LocalDate> activeOn,
    int offset, int limit) {

  public PartnerFilter {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset >= 0 and limit >= 1 expected");
    }
  }

  public static PartnerFilter all(int offset, int limit) {
    return new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), offset, limit);
  }
}
