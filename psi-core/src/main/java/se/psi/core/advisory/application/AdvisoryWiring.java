package se.psi.core.advisory.application;

import java.util.List;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.in.GetAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeUseCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.idea.port.out.Ideas;

/** Builds the advisory use cases (ADV-1..3) over the kernel, the advisory cases and the ideas they come from. */
public final class AdvisoryWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(OpenAdvisoryCaseUseCase.class,
      RecordAdvisoryOutcomeUseCase.class, FindAdvisoryCasesUseCase.class, GetAdvisoryCaseUseCase.class);

  private AdvisoryWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, AdvisoryCases cases, Ideas ideas) {
    useCases
        .add(OpenAdvisoryCaseUseCase.class, new OpenAdvisoryCaseService(kernel.changes(), cases, ideas))
        .add(RecordAdvisoryOutcomeUseCase.class, new RecordAdvisoryOutcomeService(kernel.changes(), cases))
        .add(FindAdvisoryCasesUseCase.class, new FindAdvisoryCasesService(kernel.boundary(), cases))
        .add(GetAdvisoryCaseUseCase.class, new GetAdvisoryCaseService(kernel.changes(), cases));
  }
}
