package se.psi.core.grant.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.OrganisationNumberFormat;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Sek;

/**
 * GRA-2: the project as described in a command. A draft may leave parts empty; submission names what is missing.
 */
public record ProjectDetails(
    @NotNull @Size(max = 200) String title,
    @NotNull @Size(max = 4000) String description,
    @NotNull @Size(max = 2000) String challenge,
    @NotNull @Size(max = 2000) String expectedEffects,
    @NotNull @Size(max = 20) List<@Valid @NotNull PartnerDetails> partners,
    @PositiveOrZero Long requestedKronor,
    LocalDate start,
    LocalDate end,
    @NotNull Set<@NotNull PriorityArea> priorityAreas) {

  /** A project partner and how the project is anchored with it. */
  public record PartnerDetails(@NotBlank @Size(max = 200) String name,
      @OrganisationNumberFormat String organisationNumber, @NotNull @Size(max = 1000) String anchoring) {}

  public ProjectDescription toProjectDescription() {
    return new ProjectDescription(title.strip(), description.strip(), challenge.strip(), expectedEffects.strip(),
        partners.stream().map(p -> new ProjectDescription.ProjectPartner(p.name().strip(),
            Optional.ofNullable(p.organisationNumber()).filter(n -> !n.isBlank()).map(OrganisationNumber::of),
            p.anchoring().strip())).toList(),
        Optional.ofNullable(requestedKronor).map(Sek::of), Optional.ofNullable(start), Optional.ofNullable(end),
        priorityAreas);
  }
}
