package se.psi.core.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a presentation a granted project owes (MTG-3). */
public record PresentationObligationId(UUID value) {

  public PresentationObligationId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
