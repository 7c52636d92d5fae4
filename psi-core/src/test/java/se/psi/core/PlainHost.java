package se.psi.core;

import java.time.Clock;
import java.util.concurrent.Callable;
import se.psi.core.shared.IdSource;

/**
 * A host without Guice: builds a core with the plain builder and looks every use case up. {@link PsiCoreWiringTest}
 * runs it in a class loader that hides Guice.
 */
public final class PlainHost implements Callable<Integer> {

  @Override
  public Integer call() {
    PsiCore core = PsiCore.builder().storage(StorageThatStoresNothing.create())
        .clock(Clock.fixed(java.time.Instant.parse("2027-03-01T09:00:00Z"), PsiCore.STOCKHOLM))
        .ids(IdSource.random()).build();
    PsiCore.useCaseTypes().forEach(core::useCase);
    return PsiCore.useCaseTypes().size();
  }
}
