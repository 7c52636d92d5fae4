package se.psi.core.grant.domain;

/** GRA-3: the four basic criteria, each judged by people. */
public enum Criterion {
  /** The project is judged to have societal benefit. */
  SOCIETAL_BENEFIT,
  /** It is innovative and aims for long-term, sustainable effects. */
  INNOVATIVE_AND_LASTING,
  /** It is new locally (it may have models elsewhere). */
  NEW_LOCALLY,
  /** It is anchored with any partners. */
  ANCHORED_WITH_PARTNERS
}
