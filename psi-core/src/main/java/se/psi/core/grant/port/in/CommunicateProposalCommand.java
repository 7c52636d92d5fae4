package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-10: the proposal is sent to the applicant today, by {@code channel}, to answer by {@code answerBy}. */
public record CommunicateProposalCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull LocalDate answerBy, @NotBlank @Size(max = 200) String channel, @Positive Long expectedVersion) {}
