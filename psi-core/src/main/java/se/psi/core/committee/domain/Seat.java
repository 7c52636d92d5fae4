package se.psi.core.committee.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sector;

/**
 * A partner's seat in the working committee.
 *
 * @param partnerId the partner holding the seat
 * @param sector the partner's sector, which is what AU-2 counts
 * @param representative the host's id of the person who sits for the partner, if named
 * @param since first day in the seat
 */
public record Seat(PartnerId partnerId, Sector sector, Optional<String> representative, LocalDate since) {

  public Seat {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(representative, "representative");
    Objects.requireNonNull(since, "since");
  }
}
