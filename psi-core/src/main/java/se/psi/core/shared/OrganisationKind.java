package se.psi.core.shared;

/** What kind of legal person an organisation is; the kind decides its {@link Sector}. */
public enum OrganisationKind {
  ASSOCIATION(Sector.CIVIL_SOCIETY),
  FOUNDATION(Sector.CIVIL_SOCIETY),
  STUDY_ASSOCIATION(Sector.CIVIL_SOCIETY),
  FOLK_HIGH_SCHOOL(Sector.CIVIL_SOCIETY),
  FAITH_COMMUNITY(Sector.CIVIL_SOCIETY),
  SOCIAL_ENTERPRISE(Sector.SOCIAL_ECONOMY),
  COOPERATIVE(Sector.SOCIAL_ECONOMY),
  WORK_INTEGRATING_SOCIAL_ENTERPRISE(Sector.SOCIAL_ECONOMY),
  MUNICIPALITY(Sector.PUBLIC),
  REGION(Sector.PUBLIC),
  COORDINATION_ASSOCIATION(Sector.PUBLIC),
  GOVERNMENT_AGENCY(Sector.PUBLIC),
  UNIVERSITY(Sector.ACADEMIA),
  BUSINESS_NETWORK(Sector.BUSINESS),
  COMPANY(Sector.BUSINESS);

  private final Sector sector;

  OrganisationKind(Sector sector) {
    this.sector = sector;
  }

  public Sector sector() {
    return sector;
  }
}
