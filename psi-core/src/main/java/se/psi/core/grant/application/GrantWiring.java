package se.psi.core.grant.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.membership.port.out.Partners;

/**
 * Builds the grant use cases (GRA-1..8) over the kernel, the grant applications, schemes and delegations, the
 * presentation obligations a granted decision creates, and the partners and committees conflicts are judged by.
 */
public final class GrantWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(GrantUseCases.OpenGrantSchemeUseCase.class,
      GrantUseCases.FindGrantSchemesUseCase.class, GrantUseCases.RegisterDelegationUseCase.class,
      GrantUseCases.ApplyForGrantUseCase.class, GrantUseCases.GetGrantApplicationUseCase.class,
      GrantUseCases.AssessGrantUseCase.class, GrantUseCases.DecideGrantUseCase.class,
      GrantUseCases.ReportDelegatedDecisionsUseCase.class, GrantUseCases.FindGrantedProjectsUseCase.class);

  private GrantWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, GrantApplications applications,
      GrantSchemes schemes, Delegations delegations, PresentationObligations presentations, Partners partners,
      WorkingCommittees committees) {
    var boundary = kernel.boundary();
    var conflicts = new ConflictDetection(partners, committees, kernel.today());
    var cases = new GrantCases(boundary, applications, schemes, kernel.today(), kernel.ids(), kernel.clock(),
        conflicts);
    var schemeService = new GrantSchemeService(boundary, schemes, delegations, kernel.ids());
    var applying = new ApplyForGrantService(boundary, cases, applications, kernel.ids());
    var deciding = new DecideGrantService(boundary, cases, applications, schemes, delegations, presentations,
        kernel.ids());
    useCases
        .add(GrantUseCases.OpenGrantSchemeUseCase.class, schemeService)
        .add(GrantUseCases.FindGrantSchemesUseCase.class, schemeService)
        .add(GrantUseCases.RegisterDelegationUseCase.class, schemeService)
        .add(GrantUseCases.ApplyForGrantUseCase.class, applying)
        .add(GrantUseCases.GetGrantApplicationUseCase.class, applying)
        .add(GrantUseCases.AssessGrantUseCase.class, new AssessGrantService(cases))
        .add(GrantUseCases.DecideGrantUseCase.class, deciding)
        .add(GrantUseCases.ReportDelegatedDecisionsUseCase.class, deciding)
        .add(GrantUseCases.FindGrantedProjectsUseCase.class, deciding);
  }
}
