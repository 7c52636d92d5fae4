package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.BiFunction;
import io.vavr.control.Either;
import se.psi.core.rules.Rejection;
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
import se.psi.core.project.port.in.MatchProjectBankToOpenCallsUseCase;
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
  private final Call call;

  public ProjectsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findProjects", summary = "The partners' projects",
      responses = @ApiResponse(responseCode = "200", description = "The projects",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProjectView.class)))))
  public Response projects() {
    return call.ok(call.answer(core.useCase(FindProjectsUseCase.class).findProjects(call.actor())).stream()
        .map(ProjectView::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(RegisterProjectCommand.class)
  @Operation(operationId = "registerProject", summary = "A partner registers its project (PRJ-1)",
      responses = @ApiResponse(responseCode = "201", description = "Registered",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response register(ProjectRequest request) {
    ProjectRequest body = call.body(request);
    Project project = call.answer(core.useCase(RegisterProjectUseCase.class).registerProject(
        new RegisterProjectCommand(call.actor(), body.owner(), body.title(), body.description())));
    return call.created(ProjectView.of(project), project.version());
  }

  @POST
  @Path("{id}/anchoring")
  @Operation(operationId = "anchorProject", summary = "The committee anchors a project (PRJ-2)",
      responses = @ApiResponse(responseCode = "200", description = "Anchored",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response anchor(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return step(id, ifMatch, (projectId, seen) -> core.useCase(AnchorProjectUseCase.class).anchorProject(
        new AnchorProjectCommand(call.actor(), projectId, seen)));
  }

  @POST
  @Path("{id}/stakeholder-group")
  @Operation(operationId = "requestStakeholderGroup",
      summary = "The owner asks for the partnership as the project's reference group (PRJ-2)",
      responses = @ApiResponse(responseCode = "200", description = "Asked",
          content = @Content(schema = @Schema(implementation = ProjectView.class))))
  public Response stakeholders(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return step(id, ifMatch, (projectId, seen) -> core.useCase(RequestStakeholderGroupUseCase.class)
        .requestStakeholderGroup(new RequestStakeholderGroupCommand(call.actor(), projectId, seen)));
  }

  /** A change of one project, expecting the version the caller read. */
  private Response step(IdParam id, IfMatch ifMatch, BiFunction<UUID, Long, Either<Rejection, Project>> change) {
    UUID projectId = id.value();
    Project project = call.answer(change.apply(projectId, call.version(ifMatch)));
    return call.ok(ProjectView.of(project), project.version());
  }

  @GET
  @Path("bank")
  @Operation(operationId = "findProjectBank", summary = "The project bank's ideas, by theme (PRJ-4)",
      responses = @ApiResponse(responseCode = "200", description = "The ideas",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProjectIdeaView.class)))))
  public Response bank() {
    return call.ok(call.answer(core.useCase(FindProjectBankUseCase.class).findProjectBank(
        call.actor())).stream().map(ProjectIdeaView::of).toList());
  }

  @POST
  @Path("bank")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(AddToProjectBankCommand.class)
  @Operation(operationId = "addToProjectBank", summary = "Add an idea to the project bank (PRJ-4)",
      responses = @ApiResponse(responseCode = "201", description = "Added",
          content = @Content(schema = @Schema(implementation = ProjectIdeaView.class))))
  public Response addToBank(ProjectIdeaRequest request) {
    ProjectIdeaRequest body = call.body(request);
    ProjectIdea idea = call.answer(core.useCase(AddToProjectBankUseCase.class).addToProjectBank(
        new AddToProjectBankCommand(call.actor(), body.theme(), body.title(), body.description(),
            body.proposedBy(), body.fromIdea(), body.fromAdvisoryCase())));
    return call.created(ProjectIdeaView.of(idea), idea.version());
  }

  @GET
  @Path("bank/matches")
  @Operation(operationId = "matchProjectBankToOpenCalls",
      summary = "The open calls and the bank's ideas on their themes (PRJ-4)",
      responses = @ApiResponse(responseCode = "200", description = "The matches",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = CallMatchView.class)))))
  public Response matches() {
    return call.ok(call.answer(core.useCase(MatchProjectBankToOpenCallsUseCase.class)
        .matchProjectBankToOpenCalls(
        call.actor())).stream().map(CallMatchView::of).toList());
  }
}
