package se.psi.core.project.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a published funding call (PRJ-3). */
public record FundingCallId(UUID value) {

  public FundingCallId {
    Objects.requireNonNull(value, "value");
  }

  public static FundingCallId of(String text) {
    return new FundingCallId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
