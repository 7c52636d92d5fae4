package se.psi.core.meeting.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting or other activity of the partnership. */
public record MeetingId(UUID value) {

  public MeetingId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
