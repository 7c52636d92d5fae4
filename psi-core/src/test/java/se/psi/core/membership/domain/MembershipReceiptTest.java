package se.psi.core.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.DAY;

import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.TestFacts;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.LibraryVersion;
import se.psi.core.rules.Replay;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;

class MembershipReceiptTest {

  private static final RuleSet RULES = TestFacts.rulesOn(DAY);

  @Test
  void MEM_3_a_decision_keeps_the_facts_its_rules_read_the_ruleset_and_its_verdicts() {
    MembershipApplication application = TestFacts.application(TestFacts.organisation(OrganisationKind.MUNICIPALITY),
        Optional.of(TestFacts.boardDecision(DAY.minusDays(3))), Optional.of(TestFacts.contact(false)),
        Optional.empty());

    MembershipDecision decision = decide(application);
    DecisionReceipt receipt = decision.receipt().orElseThrow();

    assertThat(receipt.decision()).isEqualTo("membership");
    assertThat(receipt.facts()).containsEntry("organisation.kind", "MUNICIPALITY")
        .containsEntry("boardDecision.date", DAY.minusDays(3).toString())
        .containsEntry("contactPerson.official", "false").doesNotContainKey("politicalAssembly");
    assertThat(receipt.ruleSet().version()).isEqualTo(RULES.version());
    assertThat(receipt.ruleSet().hash()).isEqualTo(RULES.snapshot().hash()).hasSize(64);
    assertThat(receipt.ruleParameters().get("MEM-1")).containsOnlyKeys("admittedKinds");
    assertThat(receipt.ruleParameters().get("MEM-6"))
        .containsExactly(java.util.Map.entry("municipalityDutiesRequired",
            Boolean.toString(RULES.municipalityDutiesRequired())));
    assertThat(receipt.ruleParameters().get("MEM-4")).isEmpty();
    assertThat(receipt.libraryVersion()).isEqualTo(LibraryVersion.current()).doesNotContain("${");
    assertThat(receipt.outcome()).isEqualTo(decision.outcome().name());
    assertThat(receipt.evaluations()).isEqualTo(decision.explanation().evaluations());
    assertThat(receipt.intact()).isTrue();
  }

  @Test
  void MEM_5_a_receipt_says_a_contact_was_named_never_who() {
    DecisionReceipt receipt = decide(TestFacts.complete(TestFacts.organisation(OrganisationKind.ASSOCIATION)))
        .receipt().orElseThrow();

    assertThat(receipt.facts()).containsEntry("contactPerson", "named");
    assertThat(receipt.canonicalJson()).doesNotContain("Kim Berg", "kim@example.se", "Samordnare");
  }

  @Test
  void MEM_3_the_same_decision_on_the_same_facts_has_the_same_hash_whenever_it_is_taken() {
    MembershipApplication application = TestFacts.complete(TestFacts.organisation(OrganisationKind.COOPERATIVE));

    assertThat(decide(application).receipt().orElseThrow().hash())
        .isEqualTo(decide(application).receipt().orElseThrow().hash());
  }

  /**
   * The application was found incomplete, then completed and admitted. Re-evaluating the first decision from the
   * application as it stands would admit it; from its receipt it is incomplete, as it was decided.
   */
  @Test
  void MEM_3_a_superseded_incomplete_decision_replays_as_incomplete_from_its_receipt() {
    Organisation organisation = TestFacts.organisation(OrganisationKind.ASSOCIATION);
    MembershipApplication bare = TestFacts.application(organisation, Optional.empty(), Optional.empty(),
        Optional.empty());
    MembershipApplication incomplete = decideAndKeep(bare);
    MembershipApplication completed = incomplete.complete(Optional.of(TestFacts.boardDecision(DAY.minusDays(1))),
        Optional.of(TestFacts.contact(false)), Optional.empty(), TestFacts.meta()).get().application();
    MembershipApplication admitted = decideAndKeep(completed);
    MembershipDecision first = admitted.decisions().get(0);

    Replay replay = MembershipRules.DECISION.replay(first.receipt().orElseThrow());

    assertThat(admitted.status()).isEqualTo(ApplicationStatus.ADMITTED);
    assertThat(replay.replayedOutcome()).isEqualTo("INCOMPLETE");
    assertThat(replay.same()).isTrue();
    assertThat(replay.replayed().failedRuleIds()).containsExactly("MEM-4", "MEM-5");
  }

  @Test
  void MEM_1_a_what_if_that_no_longer_admits_the_kind_turns_an_admission_into_a_refusal() {
    DecisionReceipt receipt = decide(TestFacts.complete(TestFacts.organisation(OrganisationKind.COMPANY)))
        .receipt().orElseThrow();
    RuleSet proposed = receipt.ruleSet().with(java.util.Map.of("admittedKinds", "ASSOCIATION")).get().ruleSet();

    Replay replay = MembershipRules.DECISION.replayUnder(receipt, proposed);

    assertThat(replay.recordedOutcome()).isEqualTo("ADMITTED");
    assertThat(replay.replayedOutcome()).isEqualTo("REFUSED");
    assertThat(replay.same()).isFalse();
  }

  @Test
  void a_receipt_whose_facts_were_edited_after_the_decision_is_not_intact() {
    DecisionReceipt receipt = decide(TestFacts.complete(TestFacts.organisation(OrganisationKind.ASSOCIATION)))
        .receipt().orElseThrow();
    var edited = new TreeMap<>(receipt.facts());
    edited.put("organisation.kind", "COMPANY");
    DecisionReceipt tampered = new DecisionReceipt(receipt.decision(), receipt.decidedOn(), edited,
        receipt.ruleSet(), receipt.ruleParameters(), receipt.libraryVersion(), receipt.outcome(),
        receipt.evaluations(), receipt.hash());

    assertThat(tampered.intact()).isFalse();
    assertThat(MembershipRules.DECISION.replay(tampered).receiptIntact()).isFalse();
  }

  private static MembershipDecision decide(MembershipApplication application) {
    return decideAndKeep(application).latestDecision().orElseThrow();
  }

  private static MembershipApplication decideAndKeep(MembershipApplication application) {
    return application.decide(RULES, DAY, "au-1", new PartnerId(new UUID(9, 9)), TestFacts.meta()).get()
        .application();
  }
}
