package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.OrganisationNumberFormat;

/** GRA-4: a member of the handling group as given. */
public record MemberDetails(@NotBlank @Size(max = 200) String personId, @NotNull MemberRole role,
    @NotBlank @OrganisationNumberFormat String organisationNumber) {

  public HandlingGroupMember toMember() {
    return new HandlingGroupMember(personId, role, OrganisationNumber.of(organisationNumber));
  }
}
