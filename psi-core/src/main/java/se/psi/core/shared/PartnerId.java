package se.psi.core.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner (part) of the partnership. Shared because every feature refers to partners. */
public record PartnerId(UUID value) {

  public PartnerId {
    Objects.requireNonNull(value, "value");
  }

  public static PartnerId of(String text) {
    return new PartnerId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
