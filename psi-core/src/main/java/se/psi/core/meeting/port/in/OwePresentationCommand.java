package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Actor;

/**
 * MTG-3 (GRA-8): a granted project owes a presentation of its results at a public dialogue.
 *
 * @param projectReference the granted project, e.g. its grant application's id
 * @param projectTitle the project's title, as the dialogue's programme names it
 */
public record OwePresentationCommand(
    @NotNull Actor actor,
    @NotBlank @Size(max = 100) String projectReference,
    @NotBlank @Size(max = 300) String projectTitle) {}
