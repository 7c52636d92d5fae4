package se.psi.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.PartnerStatus;
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
  void generated_partners_are_admitted_and_active() {
    var partners = draw(5, r -> MembershipGenerators.partner(r, LocalDate.of(2022, 3, 1)));

    assertThat(partners).allSatisfy(p -> {
      assertThat(p.status()).isEqualTo(PartnerStatus.ACTIVE);
      assertThat(p.version()).isEqualTo(1);
      assertThat(p.admittedUnder()).isEqualTo("orebro-2022");
    });
  }
}
