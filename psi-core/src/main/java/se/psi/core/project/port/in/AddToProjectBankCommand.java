package se.psi.core.project.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * PRJ-4: an idea for the project bank; from an idea triaged to the bank ({@code fromIdea}, IDE-2) or sent here by
 * an advisory case ({@code fromAdvisoryCase}, ADV-3), which then point to the entry.
 */
public record AddToProjectBankCommand(@NotNull Actor actor, @NotBlank @Size(max = 100) String theme,
    @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String description, UUID proposedBy,
    UUID fromIdea, UUID fromAdvisoryCase) {

  /** An entry added directly. */
  public AddToProjectBankCommand(Actor actor, String theme, String title, String description, UUID proposedBy) {
    this(actor, theme, title, description, proposedBy, null, null);
  }
}
