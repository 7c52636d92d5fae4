package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.rules.RuleSetFixtures.PARTNERSHIP;
import static se.psi.core.rules.RuleSetFixtures.ruleSet;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationKind;

class RuleSetRegistryTest {

  @Test
  void rulesets_are_looked_up_as_of_a_date_including_open_ended_ones() {
    RuleSetRegistry registry = RuleSetRegistry.of(PARTNERSHIP,
        List.of(ruleSet("p-2", "2021-01-01", null).build(), ruleSet("p-1", "2020-01-01", "2020-12-31").build()));

    assertThat(registry.inForceOn(LocalDate.parse("2020-12-31")).get().version()).isEqualTo("p-1");
    assertThat(registry.inForceOn(LocalDate.parse("2040-01-01")).get().version()).isEqualTo("p-2");
    assertThat(registry.inForceOn(LocalDate.parse("2019-12-31")).isEmpty()).isTrue();
    assertThat(registry.all()).extracting(RuleSet::version).containsExactly("p-1", "p-2");
  }

  @Test
  void RULESETS_the_orebro_rulesets_cover_every_day_from_2015_and_never_run_out() {
    RuleSetRegistry orebro = OrebroRuleSets.registry();

    for (LocalDate day = LocalDate.of(2015, 1, 1); !day.isAfter(LocalDate.of(2100, 12, 31)); day = day.plusDays(1)) {
      assertThat(orebro.inForceOn(day).isDefined()).as(day.toString()).isTrue();
    }
    assertThat(orebro.inForceOn(LocalDate.of(2014, 12, 31)).isEmpty()).isTrue();
    assertThat(orebro.coverage()).containsExactly(new CoveredPeriod(LocalDate.of(2015, 1, 1), Optional.empty()));
    assertThat(orebro.partnershipEnds()).isEmpty();
    assertThat(RuleSetChecks.check(OrebroRuleSets.PARTNERSHIP, OrebroRuleSets.all(), List.of())).isEmpty();
  }

  @Test
  void MEM_8_no_orebro_ruleset_admits_parties_after_its_agreement_term() {
    for (RuleSet ruleSet : OrebroRuleSets.all()) {
      ruleSet.agreementTermEnd().ifPresent(termEnd -> assertThat(ruleSet.validUntil()).as(ruleSet.version())
          .hasValueSatisfying(until -> assertThat(until).isBeforeOrEqualTo(termEnd)));
    }
    RuleSet agreement2016 = OrebroRuleSets.registry().inForceOn(LocalDate.of(2018, 12, 31)).get();
    assertThat(agreement2016.version()).isEqualTo("orebro-2016");
    assertThat(agreement2016.agreementTermEnd()).contains(LocalDate.of(2018, 12, 31));
  }

  @Test
  void RULESETS_after_the_2016_agreement_the_partnership_goes_on_without_its_terms_until_the_2021_plan() {
    RuleSetRegistry orebro = OrebroRuleSets.registry();
    RuleSet after2016 = orebro.inForceOn(LocalDate.of(2019, 1, 1)).get();

    assertThat(after2016.version()).isEqualTo("orebro-2019");
    assertThat(orebro.inForceOn(LocalDate.of(2020, 12, 31)).get().version()).isEqualTo("orebro-2019");
    assertThat(after2016.agreementTermEnd()).isEmpty();
    assertThat(after2016.municipalityDutiesRequired()).isFalse();
    assertThat(after2016.coordinationMeetingsPerHalfYear()).isEmpty();
    assertThat(after2016.admits(OrganisationKind.COMPANY)).isFalse();
    assertThat(after2016.source()).contains("[004]", "[003]", "The library's reading");
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
}
