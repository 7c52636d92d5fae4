package se.psi.core.contact.port.out;

import java.time.LocalDate;
import se.psi.core.shared.PartnerId;

/**
 * Whether a partner is a party on a day: not withdrawn, its agreement not ended (MEM-7, MEM-8). Only an active
 * partner has contact duties (CON-2), so reminders and the unreachable report ask this first. The membership feature
 * answers it from the partners; a host binds nothing.
 */
public interface PartnerActivity {

  boolean isActiveOn(PartnerId partner, LocalDate day);
}
