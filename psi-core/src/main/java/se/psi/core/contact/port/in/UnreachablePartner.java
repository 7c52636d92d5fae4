package se.psi.core.contact.port.in;

import java.time.LocalDate;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

/**
 * A partner whose contact vacancy is older than the grace period (CON-2).
 *
 * @param daysVacant days since the vacancy opened
 * @param rulesetVersion the ruleset whose grace period was applied
 */
public record UnreachablePartner(PartnerId partnerId, OrganisationNumber organisation, LocalDate vacantSince,
    long daysVacant, String rulesetVersion) {}
