package se.psi.core.contact.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.shared.PartnerId;
import se.psi.core.rules.Rejection;

/**
 * CON-2: records a reminder for every partner whose vacancy is due for one (at once, then once per the ruleset's
 * interval) and emits {@code ContactVacancyReminded} for each, which a host turns into a message. Returns the
 * partners reminded.
 */
public interface RemindVacantContactsUseCase {

  Either<Rejection, List<PartnerId>> remindVacantContacts(ContactDutiesQuery query);
}
