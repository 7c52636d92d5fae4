package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import se.psi.core.shared.Actor;

/** GRA-4, GRA-7: a member joins the handling group during the assessment; jäv is checked for the group again. */
public record JoinHandlingGroupCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull @Valid MemberDetails member, @Positive Long expectedVersion) {}
