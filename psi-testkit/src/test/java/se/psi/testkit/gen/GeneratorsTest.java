package se.psi.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.OrganisationKind;

/** The plain factories are reproducible from a seed and cover what the properties need. */
class GeneratorsTest {

  private static <T> List<T> draw(long seed, Function<SplittableRandom, T> factory) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> factory.apply(random)).limit(300).toList();
  }

  @Test
  void the_same_seed_gives_the_same_applications_and_seat_changes() {
    assertThat(draw(3, MembershipGenerators::application)).isEqualTo(draw(3, MembershipGenerators::application));
    assertThat(draw(3, r -> CommitteeGenerators.seatChanges(r, 8, 20, true)))
        .isEqualTo(draw(3, r -> CommitteeGenerators.seatChanges(r, 8, 20, true)));
  }

  @Test
  void applications_cover_every_kind_and_both_complete_and_incomplete() {
    var drafts = draw(11, MembershipGenerators::application);

    assertThat(drafts.stream().map(d -> d.organisation().kind()).distinct()).hasSize(OrganisationKind.values().length);
    assertThat(drafts).anyMatch(MembershipGenerators.ApplicationDraft::isComplete)
        .anyMatch(d -> !d.isComplete());
  }

  @Test
  void generated_partners_are_admitted_and_active_under_the_ruleset_of_their_day() {
    var days = draw(5, DateGenerators::anyDay);
    var random = new SplittableRandom(5);
    var partners = days.stream().map(day -> MembershipGenerators.partner(random, day)).toList();

    for (int i = 0; i < partners.size(); i++) {
      var partner = partners.get(i);
      assertThat(partner.status()).isEqualTo(PartnerStatus.ACTIVE);
      assertThat(partner.version()).isEqualTo(1);
      assertThat(partner.admittedUnder())
          .isEqualTo(OrebroRuleSets.registry().inForceOn(days.get(i)).get().version());
    }
  }

  @Test
  void days_stay_in_their_range_and_reach_years_past_the_plan_2021_2026() {
    var days = draw(7, DateGenerators::anyDay);

    assertThat(days).isEqualTo(draw(7, DateGenerators::anyDay));
    assertThat(days).allSatisfy(day -> assertThat(day).isBetween(DateGenerators.PARTNERSHIP_STARTS,
        DateGenerators.YEARS_AHEAD));
    assertThat(days).anyMatch(day -> day.getYear() < 2021).anyMatch(day -> day.getYear() > 2030);
    assertThat(draw(7, r -> DateGenerators.dayBetween(r, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))))
        .containsOnly(LocalDate.of(2027, 3, 1));
  }
}
