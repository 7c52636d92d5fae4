package se.psi.core.grant.domain;

import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.GrantValues.GrantDecision;
import se.psi.core.grant.domain.GrantValues.GrantOutcome;
import se.psi.core.grant.domain.GrantValues.HandlingGroupMember;
import se.psi.core.grant.domain.GrantValues.Judgement;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.shared.Sek;

/** What the grant's rules ({@link GrantRules}) look at, one record per kind of decision. */
public final class GrantFacts {

  private GrantFacts() {}

  /** GRA-1, GRA-2: the applicant, the project as described and the year's scheme. */
  public record Eligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme) {}

  /** GRA-3: the judgements of the criteria so far. */
  public record Judgements(List<Judgement> judgements) {}

  /** GRA-4, GRA-7: a person about to take part in the handling of an application. */
  public record Participant(GrantApplication application, String personId) {}

  /** GRA-4: a member about to join the handling group. */
  public record Joining(GrantApplication application, HandlingGroupMember member) {}

  /** GRA-4: the handling group's composition as it would be. */
  public record Group(long advisers, long officials) {}

  /** GRA-6: a proposed or decided outcome, its amount and whether it names a referral. */
  public record Outcome(GrantOutcome outcome, Optional<Sek> amount, boolean referral, Optional<Sek> requested) {}

  /** GRA-5, GRA-7: a decision about to be taken on the application, with the delegation and the scheme. */
  public record Deciding(GrantApplication application, GrantDecision draft, Delegation delegation,
      GrantScheme scheme) {

    Eligibility eligibility() {
      return new Eligibility(application.applicant(), application.project(), scheme);
    }

    Judgements judgements() {
      return new Judgements(application.judgements());
    }
  }

  /** GRA-7: the application before jäv was checked again, and after. */
  public record Rechecked(GrantApplication before, GrantApplication after) {}

  /** GRA-5: whether a caller holds a delegation to decide on the grant. */
  public record Decider(String personId, boolean holdsDelegation) {}

  /** GRA-BUDGET: an amount about to be granted out of the scheme's appropriation. */
  public record Charge(GrantScheme scheme, Sek amount) {}
}
