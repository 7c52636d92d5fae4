package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-10: what came of kommunicering: the applicant's answer in short ({@code answered} true), or that none came by
 * the day to answer ({@code answered} false, with a note).
 */
public record CommunicationAnswerCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull Boolean answered, @NotBlank @Size(max = 4000) String summary, @Positive Long expectedVersion) {}
