package se.psi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipFacts;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsQuery;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * The working committee's what-if over 100,000 stored membership decisions (the use case over the in-memory storage:
 * each decision's facts and ruleset read back from its receipt, the ruleset changed, the rules evaluated, the
 * verdicts compared) against the plain re-evaluation of the same facts under the same rulesets in a loop, which
 * neither reads receipts nor compares. One operation is the whole 100,000; the target is under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class WhatIfBench {

  static final int DECISIONS = 100_000;
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 365 * 15;
  private static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);
  /** Every kind the Örebro rulesets admit but companies: admissions of companies would be refused. */
  private static final String WITHOUT_COMPANIES = "ASSOCIATION,BUSINESS_NETWORK,COOPERATIVE,COORDINATION_ASSOCIATION,"
      + "FAITH_COMMUNITY,FOLK_HIGH_SCHOOL,FOUNDATION,GOVERNMENT_AGENCY,MUNICIPALITY,REGION,SOCIAL_ENTERPRISE,"
      + "STUDY_ASSOCIATION,UNIVERSITY,WORK_INTEGRATING_SOCIAL_ENTERPRISE";

  private WhatIfMembershipDecisionsUseCase whatIf;
  private WhatIfMembershipDecisionsQuery query;
  private List<MembershipFacts> facts;
  private List<RuleSet> ruleSets;

  /** 100,000 decisions over fifteen years, each under the ruleset in force on its day, stored with receipts. */
  @Setup
  public void decisions() {
    InMemoryPsi psi = InMemoryPsi.create(TestClock.at("2031-03-01"), new SequentialIds());
    whatIf = psi.useCase(WhatIfMembershipDecisionsUseCase.class);
    query = new WhatIfMembershipDecisionsQuery(COMMITTEE, FIRST, FIRST.plusDays(DAYS), null,
        Map.of("admittedKinds", WITHOUT_COMPANIES), WhatIfMembershipDecisionsQuery.MOST_LISTED);
    facts = new ArrayList<>(DECISIONS);
    ruleSets = new ArrayList<>(DECISIONS);
    List<Organisation> organisations = List.of(Fixtures.anAssociation(), Fixtures.aMunicipality(),
        Fixtures.anOrganisation(OrganisationKind.COMPANY, "Bruksföretaget AB"),
        Fixtures.anOrganisation(OrganisationKind.COOPERATIVE, "Kooperativet"));
    for (int i = 0; i < DECISIONS; i++) {
      LocalDate day = FIRST.plusDays(i % DAYS);
      RuleSet ruleSet = OrebroRuleSets.registry().inForceOn(day).get();
      Organisation organisation = organisations.get(i % organisations.size());
      MembershipApplication application = i % 3 == 0 ? Fixtures.aBareApplication(organisation)
          : Fixtures.aCompleteApplication(organisation);
      MembershipApplication stored = MembershipApplication.builder().from(application)
          .id(new MembershipApplicationId(new UUID(7, i))).build();
      psi.applications().save(stored);
      psi.applications().save(stored.decide(ruleSet, day, "au-1", new PartnerId(new UUID(8, i)),
          Fixtures.eventMeta()).get().application());
      facts.add(new MembershipFacts(stored, day));
      ruleSets.add(ruleSet);
    }
  }

  @Benchmark
  public MembershipWhatIf whatIfOverReceipts() {
    return whatIf.whatIfMembershipDecisions(query).get();
  }

  @Benchmark
  public void plainReEvaluation(Blackhole hole) {
    for (int i = 0; i < facts.size(); i++) {
      MembershipFacts decided = facts.get(i);
      Explanation explanation = Explanation.of(MembershipRules.ALL, decided, ruleSets.get(i),
          decided.decisionDate());
      hole.consume(MembershipRules.outcomeOf(explanation));
    }
  }
}
