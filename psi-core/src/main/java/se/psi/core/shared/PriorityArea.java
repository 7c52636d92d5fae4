package se.psi.core.shared;

/**
 * PRI-2: the ten priority areas of the regional development strategy 2018-2030 (RUS), which guide which challenges
 * the partnership addresses. Their Swedish and English names are in the message bundles.
 */
public enum PriorityArea {
  /** Näringsliv och entreprenörskap. */
  BUSINESS_AND_ENTREPRENEURSHIP,
  /** Innovationskraft och specialisering. */
  INNOVATION_AND_SPECIALISATION,
  /** Kunskapslyft och utbildning. */
  KNOWLEDGE_AND_EDUCATION,
  /** Kompetensförsörjning och matchning. */
  SKILLS_SUPPLY_AND_MATCHING,
  /** Social sammanhållning och demokrati. */
  SOCIAL_COHESION_AND_DEMOCRACY,
  /** Hälsofrämjande arbete och hälso- och sjukvård. */
  HEALTH_PROMOTION_AND_CARE,
  /** Konsumtion och försörjning. */
  CONSUMPTION_AND_LIVELIHOOD,
  /** Bostadsförsörjning och attraktiva miljöer. */
  HOUSING_AND_ATTRACTIVE_ENVIRONMENTS,
  /** Transporter och infrastruktur. */
  TRANSPORT_AND_INFRASTRUCTURE,
  /** Upplevelser och evenemang. */
  EXPERIENCES_AND_EVENTS
}
