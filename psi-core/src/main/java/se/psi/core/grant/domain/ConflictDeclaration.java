package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * GRA-7: a person's declaration on jäv before taking part in the case (förvaltningslagen 16-18 §§): that there is
 * none, or a conflict with its reason. A handling-group member judges only after declaring that there is none; a
 * "none" declared on facts that have since changed lapses and is made again.
 *
 * @param conflict the reason, when the person declares a conflict; empty when the person declares there is none
 */
public record ConflictDeclaration(String personId, LocalDate on, Optional<String> conflict) {
  public ConflictDeclaration {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(conflict, "conflict");
  }

  public boolean declaresConflict() {
    return conflict.isPresent();
  }
}
