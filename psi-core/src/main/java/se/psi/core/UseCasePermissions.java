package se.psi.core;

import java.util.List;
import java.util.stream.Stream;
import se.psi.core.advisory.port.in.AdvisoryPermissions;
import se.psi.core.committee.port.in.CommitteePermissions;
import se.psi.core.contact.port.in.ContactPermissions;
import se.psi.core.documentation.port.in.DocumentationPermissions;
import se.psi.core.followup.port.in.FollowUpPermissions;
import se.psi.core.grant.port.in.GrantPermissions;
import se.psi.core.idea.port.in.IdeaPermissions;
import se.psi.core.meeting.port.in.MeetingPermissions;
import se.psi.core.plan.port.in.PlanPermissions;
import se.psi.core.project.port.in.ProjectPermissions;
import se.psi.core.membership.port.in.MembershipPermissions;
import se.psi.core.rulesets.port.in.RuleSetPermissions;
import se.psi.core.port.in.Permission;

/** Every use case's permission, for hosts that document or pre-check them; docs/roles.md is the readable form. */
public final class UseCasePermissions {

  private UseCasePermissions() {}

  public static List<Permission> all() {
    return Stream.of(MembershipPermissions.all(), ContactPermissions.all(), CommitteePermissions.all(),
            MeetingPermissions.all(), PlanPermissions.all(), DocumentationPermissions.all(), GrantPermissions.all(),
            IdeaPermissions.all(), AdvisoryPermissions.all(), ProjectPermissions.all(), RuleSetPermissions.all(),
            FollowUpPermissions.all())
        .flatMap(List::stream).toList();
  }
}
