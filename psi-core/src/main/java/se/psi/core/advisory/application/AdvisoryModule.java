package se.psi.core.advisory.application;

import com.google.inject.AbstractModule;
import se.psi.core.advisory.port.in.AdvisoryUseCases;

/** Wires the advisory use cases (ADV-1..3). Needs AdvisoryCases. */
public final class AdvisoryModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(AdvisoryUseCases.AdviseUseCase.class).to(AdvisoryService.class);
    bind(AdvisoryUseCases.FindAdvisoryCasesUseCase.class).to(AdvisoryService.class);
  }
}
