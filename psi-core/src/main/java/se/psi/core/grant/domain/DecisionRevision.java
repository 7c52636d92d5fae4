package se.psi.core.grant.domain;

import java.util.Optional;

/**
 * GRA-15 (förvaltningslagen 36-39 §§): this version of the decision corrects an obvious error in, or changes, the
 * version {@code revises}, for the reason given.
 *
 * @param detrimentGround the ground in law on which a change goes against the applicant, if it does
 */
public record DecisionRevision(Kind kind, int revises, String reason, Optional<String> detrimentGround) {

  /** An obvious error corrected (36 §), or a decision changed on new facts (37-39 §§). */
  public enum Kind { CORRECTION, CHANGE }
}
