package se.psi.core.membership.domain;

/** MEM-9: how much a partner takes part, "to the extent it finds possible". Recorded, never required. */
public enum EngagementLevel {
  /** Takes part in the working committee or leads activities. */
  CORE,
  /** Takes part in most meetings and activities. */
  REGULAR,
  /** Takes part now and then. */
  OCCASIONAL,
  /** Follows the partnership's information. */
  INFORMED
}
