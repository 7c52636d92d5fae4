package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.BiFunction;
import io.vavr.control.Either;
import se.psi.core.rules.Rejection;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.json.ProjectJson.CallMatchView;
import se.psi.adapters.web.json.ProjectJson.ProjectIdeaRequest;
import se.psi.adapters.web.json.ProjectJson.ProjectIdeaView;
import se.psi.adapters.web.json.ProjectJson.ProjectRequest;
import se.psi.adapters.web.json.ProjectJson.ProjectView;
import se.psi.core.PsiCore;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.port.in.AddToProjectBankCommand;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.project.port.in.AnchorProjectCommand;
import se.psi.core.project.port.in.AnchorProjectUseCase;
import se.psi.core.project.port.in.FindProjectBankUseCase;
import se.psi.core.project.port.in.FindProjectsUseCase;
import se.psi.core.project.port.in.GetProjectUseCase;
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
import se.psi.core.project.port.in.ProjectQuery;
import se.psi.core.project.port.in.RegisterProjectCommand;
import se.psi.core.project.port.in.RegisterProjectUseCase;
import se.psi.core.project.port.in.RequestStakeholderGroupCommand;
import se.psi.core.project.port.in.RequestStakeholderGroupUseCase;

/** The project bank (PRJ-4) and the partners' projects anchored with the committee (PRJ-1, PRJ-2). */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public final class ProjectsResource {

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public ProjectsResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findProjects", summary = "The partners' projects",
      responses = @ApiResponse(responseCode = "200", description = "The projects",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProjectView.class)))))
  public Response projects() {
    Texts texts = Texts.of(headers);
    return Answers.ok(Answers.orProblem(core.useCase(FindProjectsUseCase.class).findProjects(Caller.actorOf(caller)),
        texts, caller).stream().map(ProjectView::of).toList(), texts);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(RegisterProjectCommand.class)
  @Operation(operationId = "registerProject", summary = "A partner registers its project (PRJ-1)",
      responses = @ApiResponse(responseCode = "201", description = "Registered",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response register(ProjectRequest request) {
    Texts texts = Texts.of(headers);
    ProjectRequest body = Answers.required(request, texts);
    Project project = Answers.orProblem(core.useCase(RegisterProjectUseCase.class).registerProject(
        new RegisterProjectCommand(Caller.actorOf(caller), body.owner(), body.title(), body.description())), texts,
        caller);
    return Resources.created(ProjectView.of(project), project.version(), texts);
  }

  @POST
  @Path("{id}/anchoring")
  @Operation(operationId = "anchorProject", summary = "The committee anchors a project (PRJ-2)",
      responses = @ApiResponse(responseCode = "200", description = "Anchored",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response anchor(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return step(id, (projectId, seen) -> core.useCase(AnchorProjectUseCase.class).anchorProject(
        new AnchorProjectCommand(Caller.actorOf(caller), projectId, seen)));
  }

  @POST
  @Path("{id}/stakeholder-group")
  @Operation(operationId = "requestStakeholderGroup",
      summary = "The owner asks for the partnership as the project's reference group (PRJ-2)",
      responses = @ApiResponse(responseCode = "200", description = "Asked",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response stakeholders(@Parameter(schema = @Schema(type = "string", format = "uuid"))
      @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return step(id, (projectId, seen) -> core.useCase(RequestStakeholderGroupUseCase.class)
        .requestStakeholderGroup(new RequestStakeholderGroupCommand(Caller.actorOf(caller), projectId, seen)));
  }

  /** A change of one project, with If-Match checked against the project as the caller sees it. */
  private Response step(String id, BiFunction<UUID, Long, Either<Rejection, Project>> change) {
    Texts texts = Texts.of(headers);
    UUID projectId = Answers.id(id, texts, uri.getPath());
    long current = Answers.orProblem(core.useCase(GetProjectUseCase.class).getProject(
        new ProjectQuery(Caller.actorOf(caller), projectId)), texts, caller).version();
    Project project = Resources.change(current, headers, texts, caller, seen -> change.apply(projectId, seen));
    return Answers.ok(ProjectView.of(project), project.version(), texts);
  }

  @GET
  @Path("bank")
  @Operation(operationId = "findProjectBank", summary = "The project bank's ideas, by theme (PRJ-4)",
      responses = @ApiResponse(responseCode = "200", description = "The ideas",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProjectIdeaView.class)))))
  public Response bank() {
    Texts texts = Texts.of(headers);
    return Answers.ok(Answers.orProblem(core.useCase(FindProjectBankUseCase.class).findProjectBank(
        Caller.actorOf(caller)), texts, caller).stream().map(ProjectIdeaView::of).toList(), texts);
  }

  @POST
  @Path("bank")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(AddToProjectBankCommand.class)
  @Operation(operationId = "addToProjectBank", summary = "Add an idea to the project bank (PRJ-4)",
      responses = @ApiResponse(responseCode = "201", description = "Added",
          content = @Content(schema = @Schema(implementation = ProjectIdeaView.class))))
  public Response addToBank(ProjectIdeaRequest request) {
    Texts texts = Texts.of(headers);
    ProjectIdeaRequest body = Answers.required(request, texts);
    ProjectIdea idea = Answers.orProblem(core.useCase(AddToProjectBankUseCase.class).addToProjectBank(
        new AddToProjectBankCommand(Caller.actorOf(caller), body.theme(), body.title(), body.description(),
            body.proposedBy(), body.fromIdea(), body.fromAdvisoryCase())), texts, caller);
    return Resources.created(ProjectIdeaView.of(idea), idea.version(), texts);
  }

  @GET
  @Path("bank/matches")
  @Operation(operationId = "matchProjectBankToOpenCalls",
      summary = "The open calls and the bank's ideas on their themes (PRJ-4)",
      responses = @ApiResponse(responseCode = "200", description = "The matches",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = CallMatchView.class)))))
  public Response matches() {
    Texts texts = Texts.of(headers);
    return Answers.ok(Answers.orProblem(core.useCase(MatchProjectBankToOpenCallsUseCase.class)
        .matchProjectBankToOpenCalls(
        Caller.actorOf(caller)), texts, caller).stream().map(CallMatchView::of).toList(), texts);
  }
}
