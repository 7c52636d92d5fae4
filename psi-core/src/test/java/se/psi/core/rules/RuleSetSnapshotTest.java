package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Violation;

class RuleSetSnapshotTest {

  @Test
  void every_oerebro_ruleset_reads_back_from_its_snapshot_as_it_was() {
    for (RuleSet ruleSet : OrebroRuleSets.all()) {
      RuleSetSnapshot snapshot = RuleSetSnapshot.of(ruleSet);

      assertThat(snapshot.ruleSet()).as(ruleSet.version()).isEqualTo(ruleSet);
      assertThat(snapshot.intact()).isTrue();
      assertThat(RuleSetSnapshot.of(snapshot.ruleSet()).hash()).isEqualTo(snapshot.hash());
    }
  }

  @Test
  void every_parameter_of_a_ruleset_has_a_name_in_the_snapshot() {
    assertThat(Arrays.stream(RuleSet.class.getDeclaredMethods())
        .filter(method -> Modifier.isAbstract(method.getModifiers())).map(Method::getName))
        .containsExactlyInAnyOrderElementsOf(RuleSetParameters.NAMES);
    assertThat(RuleSetParameters.NAMES).containsAll(Arrays.stream(RuleSetParameter.values())
        .map(RuleSetParameter::field).toList());
  }

  @Test
  void rulesets_that_differ_in_one_parameter_have_different_hashes() {
    RuleSet ruleSet = OrebroRuleSets.all().get(0);
    RuleSetSnapshot changed = ruleSet.snapshot().with(Map.of("municipalityDutiesRequired",
        Boolean.toString(!ruleSet.municipalityDutiesRequired()))).get();

    assertThat(changed.hash()).isNotEqualTo(ruleSet.snapshot().hash());
    assertThat(changed.ruleSet().municipalityDutiesRequired()).isNotEqualTo(ruleSet.municipalityDutiesRequired());
  }

  @Test
  void a_proposed_change_is_refused_with_every_problem_at_once() {
    var refused = OrebroRuleSets.all().get(0).snapshot().with(Map.of("admittedKinds", "ASSOCIATION,PERSON",
        "committeeMeetingIntervalWeeks", "three", "meetingFee", "100", "version", "orebro-2099"));

    assertThat(refused.getLeft()).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
        tuple("parameters.meetingFee", "ruleset.parameter.unknown"),
        tuple("parameters.version", "ruleset.parameter.unknown"),
        tuple("parameters.admittedKinds", "ruleset.parameter.unreadable"),
        tuple("parameters.committeeMeetingIntervalWeeks", "ruleset.parameter.unreadable"));
  }

  @Test
  void a_snapshot_whose_parameters_were_changed_after_the_fact_is_not_intact() {
    RuleSetSnapshot snapshot = OrebroRuleSets.all().get(0).snapshot();
    var edited = new java.util.TreeMap<>(snapshot.parameters());
    edited.put("committeeMeetingIntervalWeeks", "52");

    assertThat(new RuleSetSnapshot(snapshot.version(), snapshot.hash(), edited).intact()).isFalse();
  }
}
