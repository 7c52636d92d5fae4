package se.psi.bench;

import com.google.inject.Guice;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import se.psi.core.PsiCoreModule;
import se.psi.core.PsiStorage;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.memory.InMemoryStorage;
import se.psi.testkit.time.SequentialIds;

/**
 * Benchmark 6 (in part): what wiring the core costs. Ours builds a core over in-memory ports and looks a use case up,
 * with the plain builder (no container) and as a Guice host does through {@code PsiCoreModule}; the baseline is a
 * bare Guice injector with nothing in it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WiringBench {

  @Benchmark
  public Object wiredCore() {
    return InMemoryPsi.create(Clock.systemUTC(), new SequentialIds()).useCase(DecideMembershipUseCase.class);
  }

  @Benchmark
  public Object guiceHostCore() {
    return Guice.createInjector(new PsiCoreModule(),
            binder -> binder.bind(PsiStorage.class).toInstance(new InMemoryStorage()))
        .getInstance(DecideMembershipUseCase.class);
  }

  @Benchmark
  public Object bareInjector() {
    return Guice.createInjector();
  }
}
