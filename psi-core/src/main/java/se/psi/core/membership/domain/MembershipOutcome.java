package se.psi.core.membership.domain;

/** The derived outcome of a membership decision (MEM-3): never discretionary. */
public enum MembershipOutcome {
  /** Every prerequisite is met: the organisation becomes a partner. */
  ADMITTED,
  /** A prerequisite is missing (MEM-4, MEM-5, MEM-6): the explanation says exactly which. */
  INCOMPLETE,
  /** The organisation cannot be a party under the ruleset (MEM-1). */
  REFUSED
}
