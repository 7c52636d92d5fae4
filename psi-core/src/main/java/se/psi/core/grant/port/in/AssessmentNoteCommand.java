package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * A note of the assessment: the acting member's declaration of jäv (GRA-7), a meeting with the applicant on
 * {@code date} (GRA-4), or a request for completion (GRA-6), as the use case says.
 */
public record AssessmentNoteCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 4000) String text, LocalDate date, @Positive Long expectedVersion) {}
