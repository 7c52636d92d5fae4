package se.psi.core.membership.port.in;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.OrganisationNumberFormat;

/**
 * The applying organisation as given in a command.
 *
 * @param organisationNumber {@code NNNNNN-NNNN}
 * @param municipality required for a municipality (which one); optional for others (where it is based)
 */
public record OrganisationDetails(
    @NotBlank @OrganisationNumberFormat String organisationNumber,
    @NotBlank @Size(max = 200) String name,
    @NotNull OrganisationKind kind,
    Municipality municipality) {

  /** A municipality must say which of the county's municipalities it is. */
  @AssertTrue(message = "{organisation.municipalityRequired}")
  public boolean isMunicipalityNamed() {
    return kind != OrganisationKind.MUNICIPALITY || municipality != null;
  }

  public Organisation toOrganisation() {
    return Organisation.builder().organisationNumber(OrganisationNumber.of(organisationNumber)).name(name.strip())
        .kind(kind).municipality(Optional.ofNullable(municipality)).build();
  }
}
