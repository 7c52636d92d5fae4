package se.psi.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.OrganisationNumber;

class OrganisationNumbersTest {

  @Test
  void the_same_seed_gives_the_same_numbers() {
    assertThat(draw(42)).isEqualTo(draw(42));
  }

  @Test
  void numbers_are_spread_over_the_whole_range() {
    List<OrganisationNumber> numbers = draw(7);
    assertThat(numbers).doesNotHaveDuplicates();
    assertThat(numbers.stream().map(n -> n.digits().charAt(2)).distinct()).hasSize(8);
  }

  private static List<OrganisationNumber> draw(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> OrganisationNumbers.random(random)).limit(200).toList();
  }
}
