package se.psi.testkit.gen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Sek;

/** Grant project descriptions with any parts present or missing (GRA-2), for property tests of formal eligibility. */
public final class GrantGenerators {

  private static final PriorityArea[] AREAS = PriorityArea.values();

  private GrantGenerators() {}

  /** The parts of a description, as a bit set: title, description, challenge, effects, amount, start, end, areas. */
  public static final int ALL_PARTS = 0xFF;

  /** A description with a random subset of its eight parts, the bit set of parts present, and its values. */
  public record PartialProject(int parts, int kronor, int area, ProjectDescription project) {

    /** The same project with one more part ({@code part} 0-7) filled in with the same values. */
    public PartialProject with(int part) {
      return partial(parts | (1 << part), kronor, area);
    }
  }

  public static Gen<PartialProject> partialProjects() {
    return SourceDSL.integers().between(0, ALL_PARTS).zip(SourceDSL.integers().between(10_000, 200_000),
        SourceDSL.integers().between(0, AREAS.length - 1), GrantGenerators::partial);
  }

  public static PartialProject partialProject(RandomGenerator random) {
    return partial(random.nextInt(ALL_PARTS + 1), random.nextInt(10_000, 200_001), random.nextInt(AREAS.length));
  }

  /** The same project with the parts of {@code parts} present. */
  public static PartialProject partial(int parts, int kronor, int area) {
    return new PartialProject(parts, kronor, area, new ProjectDescription(
        (parts & 1) != 0 ? "Språkcafé" : "", (parts & 2) != 0 ? "Träffar varje vecka" : "",
        (parts & 4) != 0 ? "Ensamhet" : "", (parts & 8) != 0 ? "Bestående mötesplatser" : "",
        List.of(new ProjectDescription.ProjectPartner("Biblioteket", Optional.empty(), "Avsiktsförklaring")),
        (parts & 16) != 0 ? Optional.of(Sek.of(kronor)) : Optional.empty(),
        (parts & 32) != 0 ? Optional.of(LocalDate.of(2022, 4, 1)) : Optional.empty(),
        (parts & 64) != 0 ? Optional.of(LocalDate.of(2022, 12, 31)) : Optional.empty(),
        (parts & 128) != 0 ? Set.of(AREAS[area]) : Set.of()));
  }
}
