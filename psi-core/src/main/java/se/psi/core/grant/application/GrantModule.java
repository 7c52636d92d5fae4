package se.psi.core.grant.application;

import com.google.inject.AbstractModule;
import se.psi.core.grant.port.in.GrantUseCases;

/** Wires the grant use cases (GRA-1..8). Needs GrantApplications, GrantSchemes, Delegations and the ports used. */
public final class GrantModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(GrantUseCases.OpenGrantSchemeUseCase.class).to(GrantSchemeService.class);
    bind(GrantUseCases.FindGrantSchemesUseCase.class).to(GrantSchemeService.class);
    bind(GrantUseCases.RegisterDelegationUseCase.class).to(GrantSchemeService.class);
    bind(GrantUseCases.ApplyForGrantUseCase.class).to(ApplyForGrantService.class);
    bind(GrantUseCases.GetGrantApplicationUseCase.class).to(ApplyForGrantService.class);
    bind(GrantUseCases.AssessGrantUseCase.class).to(AssessGrantService.class);
    bind(GrantUseCases.DecideGrantUseCase.class).to(DecideGrantService.class);
    bind(GrantUseCases.ReportDelegatedDecisionsUseCase.class).to(DecideGrantService.class);
    bind(GrantUseCases.FindGrantedProjectsUseCase.class).to(DecideGrantService.class);
  }
}
