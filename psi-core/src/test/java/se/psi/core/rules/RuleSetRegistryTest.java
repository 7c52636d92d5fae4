package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationKind;

class RuleSetRegistryTest {

  @Test
  void RULESET_1_two_rulesets_of_one_partnership_may_not_overlap() {
    RuleSetRegistry registry = RuleSetRegistry.empty("p").register(ruleSet("p-1", "2020-01-01", "2020-12-31")).get();

    var overlap = registry.register(ruleSet("p-2", "2020-12-31", null));

    assertThat(overlap.getLeft().ruleId()).isEqualTo(RuleSetRegistry.OVERLAP_RULE);
    assertThat(overlap.getLeft().args()).containsExactly("p-2", "p-1", "2020-01-01", "2020-12-31");
    assertThat(registry.register(ruleSet("p-2", "2021-01-01", null)).isRight()).isTrue();
  }

  @Test
  void rulesets_are_looked_up_as_of_a_date_including_open_ended_ones() {
    RuleSetRegistry registry = RuleSetRegistry.of("p",
        java.util.List.of(ruleSet("p-2", "2021-01-01", null), ruleSet("p-1", "2020-01-01", "2020-12-31")));

    assertThat(registry.inForceOn(LocalDate.parse("2020-12-31")).get().version()).isEqualTo("p-1");
    assertThat(registry.inForceOn(LocalDate.parse("2040-01-01")).get().version()).isEqualTo("p-2");
    assertThat(registry.inForceOn(LocalDate.parse("2019-12-31")).isEmpty()).isTrue();
    assertThat(registry.all()).extracting(RuleSet::version).containsExactly("p-1", "p-2");
  }

  @Test
  void a_ruleset_of_another_partnership_is_refused() {
    assertThat(RuleSetRegistry.empty("p").register(ruleSet("q-1", "2020-01-01", null)).getLeft().messageKey())
        .isEqualTo("ruleset.otherPartnership");
  }

  @Test
  void RULESETS_the_orebro_rulesets_cover_every_day_from_2015_and_never_run_out() {
    RuleSetRegistry orebro = OrebroRuleSets.registry();

    for (LocalDate day = LocalDate.of(2015, 1, 1); !day.isAfter(LocalDate.of(2100, 12, 31)); day = day.plusDays(1)) {
      assertThat(orebro.inForceOn(day).isDefined()).as(day.toString()).isTrue();
    }
    assertThat(orebro.inForceOn(LocalDate.of(2014, 12, 31)).isEmpty()).isTrue();
  }

  @Test
  void the_orebro_rulesets_carry_the_figures_of_their_sources() {
    RuleSetRegistry orebro = OrebroRuleSets.registry();

    assertThat(orebro.inForceOn(LocalDate.of(2022, 6, 1)).get().generalMeetingsPerYear())
        .contains(CountRange.between(2, 4));
    assertThat(orebro.inForceOn(LocalDate.of(2021, 6, 1)).get().generalMeetingsPerYear())
        .contains(CountRange.exactly(4));
    assertThat(orebro.inForceOn(LocalDate.of(2017, 6, 1)).get().coordinationMeetingsPerHalfYear())
        .contains(CountRange.between(1, 2));
    assertThat(orebro.inForceOn(LocalDate.of(2020, 6, 1)).get().admits(OrganisationKind.COMPANY)).isFalse();
    assertThat(orebro.inForceOn(LocalDate.of(2021, 6, 1)).get().admits(OrganisationKind.COMPANY)).isTrue();
  }

  private static RuleSet ruleSet(String version, String from, String until) {
    RuleSet.Builder builder = RuleSet.builder().partnership(version.substring(0, 1)).version(version)
        .validFrom(LocalDate.parse(from)).source("test")
        .admittedKinds(EnumSet.allOf(OrganisationKind.class)).municipalityDutiesRequired(false)
        .contactVacancyGracePeriod(Period.ofMonths(1)).contactReminderInterval(Period.ofWeeks(1))
        .civilSocietyMajorityRequired(true).usualCommitteeSize(CountRange.between(5, 9))
        .committeeMeetingIntervalWeeks(2).committeeConvenor("Region");
    if (until != null) {
      builder.validUntil(LocalDate.parse(until));
    }
    return builder.build();
  }
}
