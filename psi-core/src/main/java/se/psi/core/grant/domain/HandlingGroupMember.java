package se.psi.core.grant.domain;

import java.util.Objects;
import se.psi.core.shared.OrganisationNumber;

/** GRA-4: a member of the handling group, with the organisation it comes from (to detect jäv, GRA-7). */
public record HandlingGroupMember(String personId, MemberRole role, OrganisationNumber organisation) {
  public HandlingGroupMember {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(organisation, "organisation");
  }
}
