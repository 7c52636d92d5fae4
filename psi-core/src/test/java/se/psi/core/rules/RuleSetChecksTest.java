package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.core.rules.RuleSetFixtures.PARTNERSHIP;
import static se.psi.core.rules.RuleSetFixtures.ruleSet;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Violation;

/** The static checks of a partnership's rulesets (RULESETS): every finding at once, with ruleset, field and reason. */
class RuleSetChecksTest {

  @Test
  void RULESET_1_two_rulesets_of_one_partnership_may_not_overlap() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", "2020-12-31").build(),
        ruleSet("p-2", "2020-12-31", null).build());

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleSetRegistry.OVERLAP_RULE);
      assertThat(v.field()).isEqualTo("p-2.validFrom");
      assertThat(v.args()).containsExactly("p-2", "p-1", "2020-01-01", "2020-12-31");
    });
  }

  @Test
  void RULESET_1_a_ruleset_of_another_partnership_or_a_version_used_twice_is_refused() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", "2020-12-31").build(),
        ruleSet("p-1", "2021-01-01", null).partnership("q").build());

    assertThat(found).extracting(Violation::messageKey)
        .containsExactly("ruleset.otherPartnership", "ruleset.duplicateVersion");
    assertThat(found).extracting(Violation::ruleId).containsOnly("RULESET-1");
  }

  @Test
  void RULESET_3_days_between_two_rulesets_are_refused_as_a_gap() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", "2020-12-31").build(),
        ruleSet("p-2", "2021-03-01", null).build());

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleSetChecks.GAP);
      assertThat(v.field()).isEqualTo("p-2.validFrom");
      assertThat(v.args()).containsExactly("p-2", "p-1", "2021-01-01", "2021-02-28", "2020-12-31");
    });
  }

  @Test
  void RULESET_3_a_gap_is_accepted_where_the_integrator_declares_that_the_partnership_ended() {
    var registry = RuleSetRegistry.builder(PARTNERSHIP).add(ruleSet("p-1", "2020-01-01", "2020-12-31").build())
        .add(ruleSet("p-2", "2021-03-01", null).build()).endsOn(LocalDate.of(2020, 12, 31)).validate();

    assertThat(registry.isValid()).isTrue();
    assertThat(registry.get().coverage()).containsExactly(
        new CoveredPeriod(LocalDate.of(2020, 1, 1), java.util.Optional.of(LocalDate.of(2020, 12, 31))),
        new CoveredPeriod(LocalDate.of(2021, 3, 1), java.util.Optional.empty()));
    assertThat(registry.get().inForceOn(LocalDate.of(2021, 2, 1)).isEmpty()).isTrue();
  }

  @Test
  void RULESET_4_a_latest_ruleset_with_a_last_day_is_refused_as_an_end() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", "2026-12-31").build());

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleSetChecks.END);
      assertThat(v.field()).isEqualTo("p-1.validUntil");
      assertThat(v.args()).containsExactly("p-1", "2026-12-31", "2027-01-01");
    });
  }

  @Test
  void RULESET_4_an_end_is_accepted_when_the_integrator_declares_that_the_partnership_ends_that_day() {
    RuleSetRegistry registry = RuleSetRegistry.builder(PARTNERSHIP)
        .add(ruleSet("p-1", "2020-01-01", "2026-12-31").build()).endsOn(LocalDate.of(2026, 12, 31)).build();

    assertThat(registry.partnershipEnds()).containsExactly(LocalDate.of(2026, 12, 31));
    assertThat(registry.coverage()).containsExactly(
        new CoveredPeriod(LocalDate.of(2020, 1, 1), java.util.Optional.of(LocalDate.of(2026, 12, 31))));
  }

  @Test
  void RULESET_4_a_declared_end_on_which_the_rulesets_do_not_end_is_refused() {
    var refused = RuleSetRegistry.builder(PARTNERSHIP).add(ruleSet("p-1", "2020-01-01", null).build())
        .endsOn(LocalDate.of(2026, 12, 31)).endsOn(LocalDate.of(2019, 6, 30)).validate();

    assertThat(refused.getError()).extracting(Violation::messageKey)
        .containsExactly("ruleset.declaredEnd.rulesetAfter", "ruleset.declaredEnd.notALastDay");
    assertThat(refused.getError()).extracting(Violation::field).containsOnly("partnershipEnd");
    assertThat(refused.getError().get(0).args()).containsExactly("2026-12-31", "p-1");
  }

  @Test
  void RULESET_4_a_partnership_without_rulesets_is_refused() {
    assertThat(check()).singleElement()
        .satisfies(v -> assertThat(v.messageKey()).isEqualTo("ruleset.noRuleSets"));
  }

  @Test
  void RULESET_5_a_range_whose_minimum_exceeds_its_maximum_is_refused_with_the_ruleset_parameter_and_reason() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", null)
        .generalMeetingsPerYear(CountRange.between(4, 2)).build());

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RuleSetChecks.CONTRADICTION);
      assertThat(v.field()).isEqualTo("p-1.generalMeetingsPerYear");
      assertThat(v.messageKey()).isEqualTo("ruleset.contradiction.rangeReversed");
      assertThat(v.args()).containsExactly("p-1", RuleSetParameter.GENERAL_MEETINGS_PER_YEAR, 4, 2);
    });
    assertThat(Messages.forLocale(Locale.ENGLISH).format(found.get(0).messageKey(), found.get(0).args().toArray()))
        .isEqualTo("Ruleset p-1 gives the number of general meetings a year as 4\u20132, but the lowest value is"
            + " greater than the highest.");
    assertThat(Messages.forLocale(Messages.SWEDISH).format(found.get(0).messageKey(), found.get(0).args().toArray()))
        .isEqualTo("I regelverket p-1 anges antalet stormöten per år till 4\u20132, men det lägsta värdet är större"
            + " än det högsta.");
  }

  @Test
  void RULESET_5_a_negative_count_is_refused() {
    assertThat(check(ruleSet("p-1", "2020-01-01", null).usualCommitteeSize(CountRange.between(-1, 7)).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("p-1.usualCommitteeSize");
          assertThat(v.messageKey()).isEqualTo("ruleset.contradiction.rangeNegative");
        });
  }

  @Test
  void RULESET_5_a_grace_period_or_a_reminder_interval_of_zero_is_refused() {
    List<Violation> found = check(ruleSet("p-1", "2020-01-01", null)
        .contactVacancyGracePeriod(Period.ZERO).contactReminderInterval(Period.ofDays(0)).build());

    assertThat(found).extracting(Violation::field)
        .containsExactly("p-1.contactVacancyGracePeriod", "p-1.contactReminderInterval");
    assertThat(found).extracting(Violation::messageKey).containsOnly("ruleset.contradiction.periodNotPositive");
  }

  @Test
  void RULESET_5_a_committee_interval_under_one_week_is_refused() {
    assertThat(check(ruleSet("p-1", "2020-01-01", null).committeeMeetingIntervalWeeks(0).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("p-1.committeeMeetingIntervalWeeks");
          assertThat(v.args()).containsExactly("p-1", 0);
        });
  }

  @Test
  void RULESET_5_MEM_8_a_ruleset_in_force_after_its_agreement_term_is_refused() {
    List<Violation> found = check(ruleSet("p-1", "2016-01-01", "2020-12-31")
        .agreementTermEnd(LocalDate.of(2018, 12, 31)).build(), ruleSet("p-2", "2021-01-01", null).build());

    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("p-1.validUntil");
      assertThat(v.messageKey()).isEqualTo("ruleset.contradiction.afterAgreementTerm");
      assertThat(v.args()).containsExactly("p-1", "2018-12-31");
    });
    assertThat(check(ruleSet("p-1", "2016-01-01", "2018-12-31").agreementTermEnd(LocalDate.of(2018, 12, 31)).build(),
        ruleSet("p-2", "2019-01-01", null).build())).isEmpty();
  }

  @Test
  void RULESET_5_a_period_that_ends_before_it_starts_is_refused() {
    assertThat(check(ruleSet("p-1", "2020-01-01", "2019-12-31").build(), ruleSet("p-2", "2020-01-01", null).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("p-1.validUntil");
          assertThat(v.messageKey()).isEqualTo("ruleset.contradiction.untilBeforeFrom");
        });
  }

  @Test
  void RULESETS_every_problem_is_reported_at_once_and_the_refusal_lists_them_all() {
    List<RuleSet> broken = List.of(
        ruleSet("p-1", "2020-01-01", "2020-12-31").committeeMeetingIntervalWeeks(0).build(),
        ruleSet("p-2", "2021-06-01", "2022-12-31").publicDialoguesPerYear(CountRange.between(5, 1))
            .contactVacancyGracePeriod(Period.ZERO).build());

    assertThat(check(broken.toArray(RuleSet[]::new))).extracting(Violation::ruleId)
        .containsExactly("RULESET-5", "RULESET-5", "RULESET-5", "RULESET-3", "RULESET-4");
    assertThatThrownBy(() -> RuleSetRegistry.of(PARTNERSHIP, broken))
        .isInstanceOfSatisfying(InvalidRuleSetsException.class, e -> {
          assertThat(e.violations()).hasSize(5);
          assertThat(e.getMessage()).startsWith("The rulesets of partnership p are refused (5):")
              .contains("[RULESET-5] p-1.committeeMeetingIntervalWeeks: Ruleset p-1 has the working committee meet"
                  + " every 0 weeks")
              .contains("[RULESET-3] p-2.validFrom: No ruleset is in force from 2021-01-01 to 2021-05-31")
              .contains("[RULESET-4] p-2.validUntil: Ruleset p-2 ends on 2022-12-31");
        });
  }

  @Test
  void RULESETS_a_proposal_s_findings_point_into_the_proposed_list() {
    List<Violation> found = RuleSetChecks.checkProposal(PARTNERSHIP, List.of(
        ruleSet("p-1", "2020-01-01", "2020-12-31").build(),
        ruleSet("p-2", "2021-01-01", null).coordinationMeetingsPerHalfYear(CountRange.between(2, 1)).build()),
        List.of(LocalDate.of(2030, 6, 30)));

    assertThat(found).extracting(Violation::field)
        .containsExactly("rulesets[1].coordinationMeetingsPerHalfYear", "partnershipEnds[0]");
    assertThat(RuleSetChecks.checkProposal(PARTNERSHIP, List.of(), List.of())).extracting(Violation::field)
        .containsExactly("rulesets");
  }

  @Test
  void RULESETS_the_next_ruleset_replaces_the_latest_from_its_first_day() {
    RuleSetRegistry registry = RuleSetRegistry.of(PARTNERSHIP, List.of(ruleSet("p-1", "2020-01-01", null).build()));

    RuleSetRegistry next = registry.followedBy(ruleSet("p-2", "2027-01-01", null).build()).get();

    assertThat(next.inForceOn(LocalDate.of(2026, 12, 31)).get().version()).isEqualTo("p-1");
    assertThat(next.inForceOn(LocalDate.of(2027, 1, 1)).get().version()).isEqualTo("p-2");
    assertThat(next.coverage()).containsExactly(new CoveredPeriod(LocalDate.of(2020, 1, 1), java.util.Optional.empty()));
    assertThat(registry.followedBy(ruleSet("p-0", "2019-01-01", null).build()).getError())
        .extracting(Violation::ruleId).contains("RULESET-1");
  }

  private static List<Violation> check(RuleSet... ruleSets) {
    return RuleSetChecks.check(PARTNERSHIP, List.of(ruleSets), List.of());
  }
}
