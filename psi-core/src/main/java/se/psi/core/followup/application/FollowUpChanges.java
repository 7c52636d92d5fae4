package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.READ_FOLLOW_UP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.application.Found;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/**
 * GRA-17: the follow-ups on the kernel's {@link Changes}. A follow-up belongs to the grantee and, as its grant case,
 * exists only for those who may read it; the scheme year's appropriation counts what is paid and repaid.
 */
final class FollowUpChanges {

  final Changes changes;
  final Aggregates<GrantFollowUp, GrantApplicationId> followUps;
  private final GrantSchemes schemes;

  @Inject
  FollowUpChanges(Changes changes, GrantFollowUps followUps, GrantSchemes schemes) {
    this.changes = changes;
    this.followUps = Aggregates.of(GrantFollowUp.TYPE, GrantApplicationId::new, followUps::find, followUps::save,
        GrantFollowUp::version, followUp -> Optional.of(followUp.grantee())).visibleOnlyTo(READ_FOLLOW_UP);
    this.schemes = schemes;
  }

  /** The appropriation of the follow-up's scheme year. */
  Either<Rejection, GrantScheme> scheme(GrantFollowUp followUp) {
    return Found.orNotFound(schemes.find(followUp.schemeYear()), GrantScheme.TYPE, followUp.schemeYear());
  }

  /** Saves the scheme's new figures in the change's unit of work: a stale scheme refuses the whole change. */
  void save(GrantScheme scheme) {
    schemes.save(scheme);
  }
}
