package se.psi.core.advisory.application;

import com.google.inject.AbstractModule;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.in.GetAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeUseCase;

/** Wires the advisory use cases (ADV-1..3). Needs AdvisoryCases and Ideas. */
public final class AdvisoryModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(OpenAdvisoryCaseUseCase.class).to(OpenAdvisoryCaseService.class);
    bind(RecordAdvisoryOutcomeUseCase.class).to(RecordAdvisoryOutcomeService.class);
    bind(FindAdvisoryCasesUseCase.class).to(FindAdvisoryCasesService.class);
    bind(GetAdvisoryCaseUseCase.class).to(GetAdvisoryCaseService.class);
  }
}
