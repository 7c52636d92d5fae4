package se.psi.core.project.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner's project (PRJ-1). */
public record ProjectId(UUID value) {

  public ProjectId {
    Objects.requireNonNull(value, "value");
  }

  public static ProjectId of(String text) {
    return new ProjectId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
