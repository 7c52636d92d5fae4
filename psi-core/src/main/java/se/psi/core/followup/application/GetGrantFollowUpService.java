package se.psi.core.followup.application;

import static se.psi.core.followup.port.in.FollowUpPermissions.READ_FOLLOW_UP;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import se.psi.core.followup.port.in.GetGrantFollowUpUseCase;
import se.psi.core.followup.port.in.GrantFollowUpQuery;
import se.psi.core.followup.port.in.GrantFollowUpView;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.rules.Rejection;

/** GRA-17, GRA-8: a grant's follow-up with the presentation at a public dialogue the project owes (MTG-3). */
final class GetGrantFollowUpService implements GetGrantFollowUpUseCase {

  private final FollowUpChanges followUps;
  private final PresentationObligations presentations;

  @Inject
  GetGrantFollowUpService(FollowUpChanges followUps, PresentationObligations presentations) {
    this.followUps = followUps;
    this.presentations = presentations;
  }

  @Override
  public Either<Rejection, GrantFollowUpView> getGrantFollowUp(GrantFollowUpQuery query) {
    return followUps.changes.get(READ_FOLLOW_UP, followUps.followUps, query.applicationId(), query.actor(), query)
        .map(followUp -> new GrantFollowUpView(followUp,
            presentations.ofProject(followUp.applicationId().toString()).toJavaOptional()));
  }
}
