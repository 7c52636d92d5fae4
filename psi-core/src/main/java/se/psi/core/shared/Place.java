package se.psi.core.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Where something happens: one of the county's municipalities, or digitally (MTG-4: the follow-up shows where in the
 * county activities took place).
 *
 * @param municipality the municipality; empty for a digital activity
 */
public record Place(Optional<Municipality> municipality) {

  public Place {
    Objects.requireNonNull(municipality, "municipality");
  }

  public static Place in(Municipality municipality) {
    return new Place(Optional.of(municipality));
  }

  public static Place digital() {
    return new Place(Optional.empty());
  }

  public boolean isDigital() {
    return municipality.isEmpty();
  }
}
