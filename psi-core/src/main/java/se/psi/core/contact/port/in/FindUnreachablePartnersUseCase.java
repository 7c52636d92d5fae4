package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.rules.Rejection;

/** CON-2: partners whose contact vacancy is older than the ruleset's grace period, longest vacant first. */
public interface FindUnreachablePartnersUseCase {

  Either<Rejection, List<UnreachablePartner>> findUnreachablePartners(ContactDutiesQuery query);
}
