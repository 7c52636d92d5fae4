package se.psi.core.idea.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an idea. */
public record IdeaId(UUID value) {

  public IdeaId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
