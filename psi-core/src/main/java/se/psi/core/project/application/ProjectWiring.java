package se.psi.core.project.application;

import java.util.List;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.in.FindCallsUseCase;
import se.psi.core.project.port.in.FindProjectBankUseCase;
import se.psi.core.project.port.in.FindProjectsUseCase;
import se.psi.core.project.port.in.GetProjectUseCase;
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;
import se.psi.core.project.port.in.RequestStakeholderGroupUseCase;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;

/**
 * Builds the project and call use cases (PRJ-1..4) over the kernel, the funding calls, theme interests, project bank
 * and projects, the partners, and the ideas and advisory cases a project-bank entry may come from.
 */
public final class ProjectWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(PublishCallUseCase.class, FindCallsUseCase.class,
      RegisterThemeInterestUseCase.class, AddToProjectBankUseCase.class, FindProjectBankUseCase.class,
      MatchProjectBankToOpenCallsUseCase.class, RegisterProjectUseCase.class, AnchorProjectUseCase.class,
      RequestStakeholderGroupUseCase.class, FindProjectsUseCase.class, GetProjectUseCase.class);

  private ProjectWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, FundingCalls calls,
      ThemeInterests interests, ProjectBank bank, Projects projects, Partners partners, Ideas ideas,
      AdvisoryCases advisoryCases) {
    var changes = kernel.changes();
    var sources = new ProjectBankSources(ideas, advisoryCases, kernel.today(), kernel.ids(), kernel.clock());
    useCases
        .add(PublishCallUseCase.class, new PublishCallService(changes, calls, interests, partners))
        .add(FindCallsUseCase.class, new FindCallsService(calls))
        .add(RegisterThemeInterestUseCase.class, new RegisterThemeInterestService(kernel.boundary(), interests,
            partners, kernel.today()))
        .add(AddToProjectBankUseCase.class, new AddToProjectBankService(changes, bank, sources))
        .add(FindProjectBankUseCase.class, new FindProjectBankService(bank))
        .add(MatchProjectBankToOpenCallsUseCase.class, new MatchProjectBankToOpenCallsService(calls, bank,
            kernel.today()))
        .add(RegisterProjectUseCase.class, new RegisterProjectService(kernel.boundary(), projects, partners,
            kernel.today()))
        .add(AnchorProjectUseCase.class, new AnchorProjectService(changes, projects, partners))
        .add(RequestStakeholderGroupUseCase.class, new RequestStakeholderGroupService(changes, projects, partners))
        .add(FindProjectsUseCase.class, new FindProjectsService(projects))
        .add(GetProjectUseCase.class, new GetProjectService(changes, projects, partners));
  }
}
