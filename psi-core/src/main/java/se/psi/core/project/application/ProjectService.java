package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.ANCHOR_PROJECTS;
import static se.psi.core.project.port.in.ProjectPermissions.MANAGE_PROJECT_BANK;
import static se.psi.core.project.port.in.ProjectPermissions.OWN_PROJECTS;
import static se.psi.core.project.port.in.ProjectPermissions.PUBLISH_CALLS;
import static se.psi.core.project.port.in.ProjectPermissions.READ_CALLS;
import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECTS;
import static se.psi.core.project.port.in.ProjectPermissions.READ_PROJECT_BANK;
import static se.psi.core.project.port.in.ProjectPermissions.REGISTER_THEME_INTEREST;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectRules;
import se.psi.core.project.domain.ProjectsAndCalls;
import se.psi.core.project.domain.ProjectsAndCalls.FundingCall;
import se.psi.core.project.domain.ProjectsAndCalls.ProjectIdea;
import se.psi.core.project.domain.ProjectsAndCalls.ThemeInterest;
import se.psi.core.project.port.in.ProjectCommands.ProjectCommand;
import se.psi.core.project.port.in.ProjectCommands.ProjectIdeaCommand;
import se.psi.core.project.port.in.ProjectCommands.PublishCallCommand;
import se.psi.core.project.port.in.ProjectCommands.RegisterProjectCommand;
import se.psi.core.project.port.in.ProjectCommands.ThemeInterestCommand;
import se.psi.core.project.port.in.ProjectUseCases;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Actor;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.port.in.Permission;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** Calls (PRJ-3), the project bank (PRJ-4) and partners' projects (PRJ-1, PRJ-2). */
final class ProjectService implements ProjectUseCases.CallsUseCase, ProjectUseCases.ProjectBankUseCase,
    ProjectUseCases.ProjectsUseCase {

  private final UseCaseBoundary boundary;
  private final FundingCalls calls;
  private final ThemeInterests interests;
  private final ProjectBank bank;
  private final Projects projects;
  private final Partners partners;
  private final Today today;
  private final IdSource ids;
  private final Clock clock;
  private final ProjectBankSources sources;

  @Inject
  ProjectService(UseCaseBoundary boundary, FundingCalls calls, ThemeInterests interests,
      ProjectBank bank, Projects projects, Partners partners, Today today,
      IdSource ids, Clock clock, ProjectBankSources sources) {
    this.boundary = boundary;
    this.calls = calls;
    this.interests = interests;
    this.bank = bank;
    this.projects = projects;
    this.partners = partners;
    this.today = today;
    this.ids = ids;
    this.clock = clock;
    this.sources = sources;
  }

  @Override
  public Either<Rejection, FundingCall> publishCall(PublishCallCommand command) {
    return boundary.change("PublishCall", "FundingCall", "", command.actor(), command, c ->
        PUBLISH_CALLS.check(c.actor()).map(ok -> {
          var meta = EventMeta.source(ids, clock);
          FundingCall call = new FundingCall(ids.newId(), c.funder().strip(), c.programme().strip(), c.deadline(),
              c.themes(), this.today.date(), 1);
          calls.save(call);
          List<DomainEvent> events = new ArrayList<>();
          events.add(new ProjectsAndCalls.CallPublished(meta.get(), call.id(), call.deadline()));
          for (ThemeInterest interest : interests.all()) {
            var shared = call.sharedThemes(interest.themes());
            if (!shared.isEmpty() && isActive(interest.partner(), call.publishedOn())) {
              events.add(new ProjectsAndCalls.CallMatchedPartner(meta.get(), call.id(), interest.partner(), shared));
            }
          }
          return Change.of(call, call.id().toString(), events);
        }));
  }

  @Override
  public Either<Rejection, List<FundingCall>> findCalls(Actor actor) {
    return READ_CALLS.check(actor).map(ok -> calls.all());
  }

  @Override
  public Either<Rejection, ThemeInterest> registerThemeInterest(ThemeInterestCommand command) {
    return boundary.change("RegisterThemeInterest", "ThemeInterest", Found.text(command.partnerId()),
        command.actor(), command, c -> Found.orNotFound(partners.find(new PartnerId(c.partnerId())), "Partner",
            c.partnerId())
            .flatMap(partner -> REGISTER_THEME_INTEREST.check(c.actor(),
                Optional.of(partner.organisation().organisationNumber())).map(ok -> partner))
            .map(partner -> {
              long version = interests.find(partner.id()).map(ThemeInterest::version).getOrElse(0L) + 1;
              ThemeInterest interest = new ThemeInterest(partner.id(), c.themes(), version);
              interests.save(interest);
              return Change.of(interest, partner.id().toString(), List.of());
            }));
  }

  @Override
  public Either<Rejection, ProjectIdea> addToProjectBank(ProjectIdeaCommand command) {
    return boundary.change("AddToProjectBank", "ProjectIdea", "", command.actor(), command, c ->
        MANAGE_PROJECT_BANK.check(c.actor()).flatMap(ok -> {
          ProjectIdea idea = new ProjectIdea(ids.newId(), c.theme(), c.title().strip(), c.description().strip(),
              Optional.ofNullable(c.proposedBy()).map(PartnerId::new), this.today.date(), 1,
              Optional.ofNullable(c.fromIdea()), Optional.ofNullable(c.fromAdvisoryCase()));
          return sources.pointTo(idea, c.actor()).map(events -> {
            bank.save(idea);
            return Change.of(idea, idea.id().toString(), events);
          });
        }));
  }

  @Override
  public Either<Rejection, List<ProjectIdea>> findProjectBank(Actor actor) {
    return READ_PROJECT_BANK.check(actor).map(ok -> bank.all());
  }

  @Override
  public Either<Rejection, List<ProjectUseCases.CallMatch>> matchProjectBankToOpenCalls(Actor actor) {
    return READ_PROJECT_BANK.check(actor).map(ok -> {
      LocalDate today = this.today.date();
      List<ProjectIdea> ideas = bank.all();
      return calls.all().stream().filter(call -> call.isOpenOn(today))
          .map(call -> new ProjectUseCases.CallMatch(call, ideas.stream()
              .filter(idea -> call.themes().contains(idea.theme())).toList()))
          .filter(match -> !match.ideas().isEmpty()).toList();
    });
  }

  @Override
  public Either<Rejection, Project> registerProject(RegisterProjectCommand command) {
    return boundary.change("RegisterProject", "Project", "", command.actor(), command, c ->
        Found.orNotFound(partners.find(new PartnerId(c.owner())), "Partner", c.owner())
            .flatMap(owner -> OWN_PROJECTS.check(c.actor(), Optional.of(owner.organisation().organisationNumber()))
                .map(ok -> owner))
            .flatMap(this::activeOwner)
            .map(owner -> {
              Project project = Project.builder().id(ids.newId()).owner(owner.id()).title(c.title().strip())
                  .description(c.description().strip()).stakeholderGroup(false).version(1).build();
              projects.save(project);
              return Change.of(project, project.id().toString(), List.of(changed(project)));
            }));
  }

  @Override
  public Either<Rejection, Project> anchorProject(ProjectCommand command) {
    return change("AnchorProject", command, project -> ANCHOR_PROJECTS.check(command.actor())
        .map(ok -> project.anchored(this.today.date())));
  }

  @Override
  public Either<Rejection, Project> requestStakeholderGroup(ProjectCommand command) {
    return change("RequestStakeholderGroup", command, project -> owner(project)
        .flatMap(owner -> OWN_PROJECTS.check(command.actor(), Optional.of(owner.organisation().organisationNumber())))
        .flatMap(ok -> this.today.ruleSetOn(this.today.date()))
        .flatMap(ruleSet -> project.withStakeholderGroup(ruleSet, this.today.date())));
  }

  @Override
  public Either<Rejection, List<Project>> findProjects(Actor actor) {
    return READ_PROJECTS.check(actor).map(ok -> projects.all());
  }

  private Either<Rejection, Project> change(String useCase, ProjectCommand command,
      Function<Project, Either<Rejection, Project>> change) {
    return boundary.change(useCase, "Project", Found.text(command.projectId()), command.actor(), command, c ->
        Found.orNotFound(projects.find(c.projectId()), "Project", c.projectId())
            .flatMap(project -> Found.atVersion(project, Project::version, c.expectedVersion(), "Project",
                c.projectId()))
            .flatMap(change)
            .map(project -> {
              projects.save(project);
              return Change.of(project, project.id().toString(), List.of(changed(project)));
            }));
  }

  /** PRJ-1: a project is run by an active partner in its own name; the partnership itself cannot own one. */
  private Either<Rejection, Partner> activeOwner(Partner owner) {
    LocalDate today = this.today.date();
    return Rules.requireUnder(this.today.versionOn(today), ProjectRules.OWNERSHIP,
        new ProjectRules.Owning(owner, today), today).map(ProjectRules.Owning::owner);
  }

  /** PRJ-3, MEM-7, MEM-8: only a partner that has not withdrawn and whose agreement runs is told of calls. */
  private boolean isActive(PartnerId partner, LocalDate on) {
    return partners.find(partner).filter(p -> p.isActiveOn(on)).isDefined();
  }

  private Either<Rejection, Partner> owner(Project project) {
    return Found.orNotFound(partners.find(project.owner()), "Partner", project.owner());
  }

  private DomainEvent changed(Project project) {
    return new ProjectsAndCalls.ProjectChanged(EventMeta.source(ids, clock).get(), project.id(), project.owner(),
        project.anchoredOn().isPresent(), project.stakeholderGroup());
  }

}
