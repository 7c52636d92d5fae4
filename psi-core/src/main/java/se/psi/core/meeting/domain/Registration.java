package se.psi.core.meeting.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.shared.PartnerId;

/**
 * MTG-2: someone registered for an open meeting: a person or an organisation, within the partnership or not. Only
 * what the follow-up needs is kept: no names of private persons.
 *
 * @param id the registration's id, for the host to tie to its own (personal) registration data
 * @param organisation the organisation's name, if the registrant came for one
 * @param partner the partner, if the organisation is one
 */
public record Registration(UUID id, Optional<String> organisation, Optional<PartnerId> partner) {

  public Registration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(partner, "partner");
  }

  public boolean fromOutsideThePartnership() {
    return partner.isEmpty();
  }
}
