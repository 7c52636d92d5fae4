package se.psi.core.membership.domain;

/** Whether a partner is still a party. An ACTIVE partner whose agreement has ended is not active (MEM-8). */
public enum PartnerStatus {
  ACTIVE,
  WITHDRAWN
}
