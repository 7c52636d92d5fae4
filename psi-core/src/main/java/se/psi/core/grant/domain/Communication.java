package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * GRA-10 kommunicering (förvaltningslagen 25 §): the proposal the decision will rest on was sent to the applicant,
 * with a day by which to answer; then the answer, or that none came by that day, is recorded.
 *
 * @param sentOn the day the material was sent
 * @param answerBy the last day for the applicant's answer
 * @param channel how it was sent, e.g. "e-post" or "brev"
 * @param sentBy the host's id of the person who sent it
 * @param answer empty until the answer, or that none came, is recorded
 */
public record Communication(LocalDate sentOn, LocalDate answerBy, String channel, String sentBy,
    Optional<CommunicationAnswer> answer) {

  /** Whether the applicant has had their say: an answer came, or the day to answer passed without one. */
  public boolean concluded() {
    return answer.isPresent();
  }

  public Communication answered(CommunicationAnswer recorded) {
    return new Communication(sentOn, answerBy, channel, sentBy, Optional.of(recorded));
  }
}
