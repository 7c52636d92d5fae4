package se.psi.core.contact.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies one appointment of a contact person; events and audit entries refer to people only by this. */
public record ContactPersonId(UUID value) {

  public ContactPersonId {
    Objects.requireNonNull(value, "value");
  }

  public static ContactPersonId of(String text) {
    return new ContactPersonId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
