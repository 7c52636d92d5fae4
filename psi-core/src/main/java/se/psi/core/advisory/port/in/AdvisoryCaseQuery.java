package se.psi.core.advisory.port.in;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** Read one advisory case. */
public record AdvisoryCaseQuery(@NotNull Actor actor, @NotNull UUID caseId) {}
