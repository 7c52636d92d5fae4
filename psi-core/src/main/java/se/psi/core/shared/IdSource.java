package se.psi.core.shared;

import java.util.UUID;

/** Where new ids come from; injected so that tests can fix them. */
@FunctionalInterface
public interface IdSource {

  UUID newId();

  /** Random (version 4) UUIDs, the default. */
  static IdSource random() {
    return UUID::randomUUID;
  }
}
