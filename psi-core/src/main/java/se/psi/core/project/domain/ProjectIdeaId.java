package se.psi.core.project.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an entry of the project bank (PRJ-4). */
public record ProjectIdeaId(UUID value) {

  public ProjectIdeaId {
    Objects.requireNonNull(value, "value");
  }

  public static ProjectIdeaId of(String text) {
    return new ProjectIdeaId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
