package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-4: the handling group starts the assessment. */
public record StartAssessmentCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotEmpty @Size(max = 12) List<@Valid @NotNull MemberDetails> members, @Positive Long expectedVersion) {}
