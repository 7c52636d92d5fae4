package se.psi.testkit.shared;

import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.shared.OrganisationNumber;

/** Valid organisation numbers of legal persons, for property tests. */
public final class OrganisationNumbers {

  private OrganisationNumbers() {}

  /** A QuickTheories generator; shrinks towards 002000-000x. */
  public static Gen<OrganisationNumber> gen() {
    return SourceDSL.integers().between(0, 99)
        .zip(SourceDSL.integers().between(2, 9), SourceDSL.integers().between(0, 999_999),
            OrganisationNumbers::fromParts);
  }

  /** The same distribution from any seeded random source, for other property-testing libraries. */
  public static OrganisationNumber random(RandomGenerator random) {
    return fromParts(random.nextInt(100), 2 + random.nextInt(8), random.nextInt(1_000_000));
  }

  private static OrganisationNumber fromParts(int head, int legalPersonDigit, int tail) {
    return OrganisationNumber.withCheckDigit(String.format("%02d%d%06d", head, legalPersonDigit, tail));
  }
}
