package se.psi.testkit.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Sequences of seat changes for property tests of the working committee (AU-2, AU-3, MEM-7): each step names a
 * partner by its index in a pool the test sets up.
 */
public final class CommitteeGenerators {

  private CommitteeGenerators() {}

  /** One step in a committee's life. */
  public sealed interface SeatStep {
    int partner();
  }

  public record TakeSeat(int partner) implements SeatStep {}

  public record LeaveSeat(int partner) implements SeatStep {}

  /** The partner leaves the partnership altogether (MEM-7): never refused. */
  public record Withdraw(int partner) implements SeatStep {}

  /** Up to {@code maxSteps} steps over a pool of {@code poolSize} partners, without withdrawals. */
  public static Gen<List<SeatStep>> seatChanges(int poolSize, int maxSteps) {
    return steps(poolSize, maxSteps, 2);
  }

  /** Up to {@code maxSteps} steps over a pool of {@code poolSize} partners, withdrawals included. */
  public static Gen<List<SeatStep>> seatChangesWithWithdrawals(int poolSize, int maxSteps) {
    return steps(poolSize, maxSteps, 3);
  }

  public static List<SeatStep> seatChanges(RandomGenerator random, int poolSize, int maxSteps,
      boolean withWithdrawals) {
    List<SeatStep> steps = new ArrayList<>();
    int count = random.nextInt(maxSteps + 1);
    for (int i = 0; i < count; i++) {
      steps.add(step(random.nextInt(withWithdrawals ? 3 : 2), random.nextInt(poolSize)));
    }
    return steps;
  }

  private static Gen<List<SeatStep>> steps(int poolSize, int maxSteps, int kinds) {
    Gen<SeatStep> step = SourceDSL.integers().between(0, kinds - 1)
        .zip(SourceDSL.integers().between(0, poolSize - 1), CommitteeGenerators::step);
    return SourceDSL.lists().of(step).ofSizeBetween(0, maxSteps);
  }

  private static SeatStep step(int kind, int partner) {
    return switch (kind) {
      case 0 -> new TakeSeat(partner);
      case 1 -> new LeaveSeat(partner);
      default -> new Withdraw(partner);
    };
  }
}
