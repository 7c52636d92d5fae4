package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.Judged;
import se.psi.core.shared.Actor;

/** GRA-3: the acting member judges a criterion, with reasoning. */
public record JudgeCriterionCommand(@NotNull Actor actor, @NotNull UUID applicationId, @NotNull Criterion criterion,
    @NotNull Judged verdict, @NotBlank @Size(max = 4000) String reasoning, @Positive Long expectedVersion) {}
