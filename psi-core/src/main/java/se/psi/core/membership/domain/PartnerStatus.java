package se.psi.core.membership.domain;

/**
 * Whether a partner is still a party. An ACTIVE partner whose agreement has ended is not active (MEM-8) even before
 * the end is recorded; once it is, the partner is AGREEMENT_ENDED.
 */
public enum PartnerStatus {
  ACTIVE,
  /** MEM-7: the partner left, at once. */
  WITHDRAWN,
  /** MEM-8: the agreement ran out without being renewed; the organisation may apply to join again. */
  AGREEMENT_ENDED
}
