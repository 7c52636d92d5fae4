package se.psi.core.meeting.domain;

import java.util.Objects;
import java.util.Optional;
import se.psi.core.shared.PartnerId;

/**
 * Who speaks at a meeting: a partner, or an external organisation.
 *
 * @param partner the partner, when a partner speaks
 * @param organisation the speaking organisation's name
 * @param topic what it speaks about
 */
public record Speaker(Optional<PartnerId> partner, String organisation, String topic) {

  public Speaker {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(topic, "topic");
  }
}
