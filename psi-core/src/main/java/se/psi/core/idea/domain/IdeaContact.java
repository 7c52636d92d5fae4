package se.psi.core.idea.domain;

import java.util.Objects;

/**
 * A way to reach the idea-giver, if they left one: personal data (CON-3), erased on request.
 *
 * @param name the name the person gave
 * @param email where to answer
 */
public record IdeaContact(String name, String email) {

  public IdeaContact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
  }
}
