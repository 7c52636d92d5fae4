package se.psi.core.documentation.port.in;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.shared.Actor;

/**
 * Read one version of a template.
 *
 * @param templateVersion the version to read; null for the newest
 */
public record TemplateQuery(@NotNull Actor actor, @NotBlank @Size(max = 100) String templateName,
    @Min(1) Integer templateVersion) {}
