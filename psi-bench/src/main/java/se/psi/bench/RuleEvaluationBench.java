package se.psi.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import se.psi.core.grant.domain.GrantRules;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipFacts;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationKind;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.fixtures.GrantFixtures;

/**
 * Benchmark 1: a full membership decision and a grant's formal eligibility, each with its explanation, against the
 * same decisions hand-written ({@link HandWrittenRules}). One thread; a mix of cases so no branch is always taken.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class RuleEvaluationBench {

  private static final LocalDate ON = LocalDate.of(2022, 3, 1);

  private RuleSet rules;
  private List<MembershipApplication> applications;
  private List<ProjectDescription> projects;
  private Organisation applicant;
  private GrantScheme scheme;
  private int next;
  private DroolsMembership drools;

  @Setup
  public void cases() {
    rules = OrebroRuleSets.registry().inForceOn(ON).get();
    applications = List.of(
        Fixtures.aCompleteApplication(Fixtures.anAssociation()),
        Fixtures.aBareApplication(Fixtures.anAssociation()),
        Fixtures.aCompleteApplication(Fixtures.aMunicipality()),
        Fixtures.aBareApplication(Fixtures.aMunicipality()),
        Fixtures.aCompleteApplication(Fixtures.anOrganisation(OrganisationKind.COMPANY, "Bruksföretaget AB")));
    projects = List.of(GrantFixtures.aDescribedProject(40_000), GrantFixtures.anEmptyProject(),
        GrantFixtures.aDescribedProject(500_000));
    applicant = GrantFixtures.anAssociationApplying();
    scheme = GrantFixtures.aScheme2022();
    drools = new DroolsMembership();
  }

  private int next(int size) {
    next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
    return next % size;
  }

  @Benchmark
  public void membershipWithExplanation(Blackhole hole) {
    MembershipApplication application = applications.get(next(applications.size()));
    Explanation explanation = Explanation.of(MembershipRules.ALL, new MembershipFacts(application, ON), rules, ON);
    hole.consume(explanation);
    hole.consume(MembershipRules.outcomeOf(explanation));
  }

  @Benchmark
  public void membershipHandWritten(Blackhole hole) {
    hole.consume(HandWrittenRules.membership(applications.get(next(applications.size())), rules, ON));
  }

  @Benchmark
  public void membershipDrools(Blackhole hole) {
    hole.consume(drools.decide(applications.get(next(applications.size())), rules, ON));
  }

  @Benchmark
  public void grantEligibilityWithExplanation(Blackhole hole) {
    hole.consume(GrantRules.formalEligibility(applicant, projects.get(next(projects.size())), scheme, rules, ON));
  }

  @Benchmark
  public void grantEligibilityHandWritten(Blackhole hole) {
    hole.consume(HandWrittenRules.grantEligibility(applicant, projects.get(next(projects.size())), scheme, rules));
  }
}
