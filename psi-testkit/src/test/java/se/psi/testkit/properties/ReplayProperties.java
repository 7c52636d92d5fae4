package se.psi.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.Replay;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.PartnerId;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.gen.DateGenerators;
import se.psi.testkit.gen.MembershipGenerators;
import se.psi.testkit.gen.MembershipGenerators.ApplicationDraft;

/** Receipts over generated membership decisions, taken on any day under the Örebro ruleset in force then. */
class ReplayProperties {

  @Test
  void MEM_3_every_decision_replays_from_its_receipt_to_the_same_outcome_and_explanation() {
    qt().forAll(MembershipGenerators.applications(), DateGenerators.anyDay()).checkAssert((draft, day) -> {
      MembershipDecision decision = decide(draft, day);

      Replay replay = MembershipRules.DECISION.replay(decision.receipt().orElseThrow());

      assertThat(replay.receiptIntact()).isTrue();
      assertThat(replay.same()).isTrue();
      assertThat(replay.replayedOutcome()).isEqualTo(decision.outcome().name());
      assertThat(replay.replayed()).isEqualTo(decision.explanation());
    });
  }

  @Test
  void a_what_if_that_changes_nothing_changes_no_decision() {
    qt().forAll(MembershipGenerators.applications(), DateGenerators.anyDay()).checkAssert((draft, day) -> {
      DecisionReceipt receipt = decide(draft, day).receipt().orElseThrow();
      RuleSet unchanged = receipt.ruleSet().with(Map.of()).get().ruleSet();

      assertThat(MembershipRules.DECISION.replayUnder(receipt, unchanged).same()).isTrue();
      assertThat(unchanged.snapshot().hash()).isEqualTo(receipt.ruleSet().hash());
    });
  }

  @Test
  void a_receipt_hash_depends_on_the_facts_and_the_ruleset_never_on_when_or_by_whom_it_was_computed() {
    qt().withExamples(50).forAll(MembershipGenerators.applications(), DateGenerators.anyDay())
        .checkAssert((draft, day) -> {
          MembershipApplication application = toApplication(draft, day);
          DecisionReceipt first = decide(application, day).receipt().orElseThrow();
          DecisionReceipt again = decide(application, day).receipt().orElseThrow();

          assertThat(again.hash()).isEqualTo(first.hash());
        });
  }

  private static MembershipDecision decide(ApplicationDraft draft, LocalDate day) {
    return decide(toApplication(draft, day), day);
  }

  private static MembershipDecision decide(MembershipApplication application, LocalDate day) {
    RuleSet ruleSet = OrebroRuleSets.registry().inForceOn(day).get();
    return application.decide(ruleSet, day, "au-" + UUID.randomUUID(), new PartnerId(UUID.randomUUID()),
        Fixtures.eventMeta()).get().decision();
  }

  private static MembershipApplication toApplication(ApplicationDraft draft, LocalDate day) {
    return MembershipApplication.submit(new MembershipApplicationId(UUID.randomUUID()),
        draft.organisation().toOrganisation(), draft.boardDecision().map(BoardDecisionDetails::toBoardDecision),
        draft.contactPerson().map(c -> c.toContactPerson(new ContactPersonId(UUID.randomUUID()))),
        draft.politicalAssembly(), java.util.Optional.empty(), day, Fixtures.eventMeta()).application();
  }
}
