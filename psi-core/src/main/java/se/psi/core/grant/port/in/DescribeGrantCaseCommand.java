package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-9: the public title of a registered case and, where parts are under secrecy, which parts and on what ground
 * (e.g. "sekretess enligt OSL 30 kap. 23 §"): both or neither; neither lifts a marking.
 */
public record DescribeGrantCaseCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 200) String title, @Size(max = 500) String secretParts,
    @Size(max = 500) String secrecyGround, @Positive Long expectedVersion) {}
