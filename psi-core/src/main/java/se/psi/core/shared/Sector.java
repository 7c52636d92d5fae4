package se.psi.core.shared;

/** The sectors of DOMAIN.md "Sectors". */
public enum Sector {
  /** Associations, foundations, study associations, folk high schools, faith communities. */
  CIVIL_SOCIETY,
  /** Social enterprises, cooperatives, work-integrating social enterprises. */
  SOCIAL_ECONOMY,
  /** Municipalities, the region, coordination associations, government agencies. */
  PUBLIC,
  /** Örebro universitet and other higher education. */
  ACADEMIA,
  /** Companies and regional business networks. */
  BUSINESS;

  /** Civil society and social economy together: "idéburen sektor", counted together for AU-2. */
  public boolean isNonProfit() {
    return this == CIVIL_SOCIETY || this == SOCIAL_ECONOMY;
  }
}
