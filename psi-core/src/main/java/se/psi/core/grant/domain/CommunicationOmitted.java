package se.psi.core.grant.domain;

import java.time.LocalDate;

/**
 * GRA-10: the decider recorded why kommunicering is not needed for this decision (förvaltningslagen 25 § second
 * paragraph, e.g. the decision does not go against the applicant, or the matter cannot wait).
 */
public record CommunicationOmitted(LocalDate on, String reason, String by) {}
