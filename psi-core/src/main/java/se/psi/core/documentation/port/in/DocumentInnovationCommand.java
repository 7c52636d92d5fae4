package se.psi.core.documentation.port.in;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.shared.Actor;
import se.psi.core.shared.PriorityArea;

/**
 * DOC-1, DOC-2: documents a social innovation under a template version.
 *
 * @param templateVersion the version to write under; null for the newest
 * @param answers the answers to the template's fields, by key
 */
public record DocumentInnovationCommand(
    @NotNull Actor actor,
    @NotBlank @Size(max = 100) String templateName,
    @Min(1) Integer templateVersion,
    @NotBlank @Size(max = 4000) String challenge,
    @NotBlank @Size(max = 4000) String innovation,
    @NotNull InnovationOrigin origin,
    @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> actors,
    @NotNull Set<@NotNull PriorityArea> priorityAreas,
    @NotNull @Size(max = 4000) String results,
    @NotNull @Size(max = 50) Map<@NotBlank String, @NotNull @Size(max = 4000) String> answers) {}
