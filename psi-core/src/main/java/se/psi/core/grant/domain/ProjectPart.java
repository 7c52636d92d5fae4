package se.psi.core.grant.domain;

/**
 * GRA-2: a part of the project description an application must give, named in the explanation when it is missing
 * (its words are in the message bundles, {@code ProjectPart.<CONSTANT>}); the evaluation's field gives its path.
 */
public enum ProjectPart {
  TITLE,
  DESCRIPTION,
  CHALLENGE,
  EXPECTED_EFFECTS,
  REQUESTED_AMOUNT,
  PERIOD,
  PRIORITY_AREAS
}
