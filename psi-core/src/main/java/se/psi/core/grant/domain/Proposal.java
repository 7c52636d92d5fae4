package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;

/** GRA-4: the handling group's proposal, drafted by the presenter (föredragande). */
public record Proposal(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
    Optional<Referral> referral, String presenter, LocalDate draftedOn) {
  public Proposal {
    conditions = List.copyOf(conditions);
  }
}
