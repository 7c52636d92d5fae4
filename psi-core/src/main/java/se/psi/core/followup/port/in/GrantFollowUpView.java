package se.psi.core.followup.port.in;

import java.util.Objects;
import java.util.Optional;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.meeting.domain.PresentationObligation;

/**
 * GRA-17 with GRA-8: a grant's follow-up as its readers see it, with the presentation at a public dialogue the
 * project owes (MTG-3), where it owes one.
 */
public record GrantFollowUpView(GrantFollowUp followUp, Optional<PresentationObligation> presentation) {

  public GrantFollowUpView {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(presentation, "presentation");
  }
}
