package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.http.Versions;
import se.psi.adapters.web.json.GrantJson.AssessmentRequest;
import se.psi.adapters.web.json.GrantJson.DeclarationRequest;
import se.psi.adapters.web.json.GrantJson.DecisionRequest;
import se.psi.adapters.web.json.GrantJson.DraftRequest;
import se.psi.adapters.web.json.GrantJson.GrantApplicationJson;
import se.psi.adapters.web.json.GrantJson.JoinRequest;
import se.psi.adapters.web.json.GrantJson.JudgementRequest;
import se.psi.adapters.web.json.GrantJson.NoteRequest;
import se.psi.adapters.web.json.GrantJson.GrantRevisionRequest;
import se.psi.adapters.web.json.GrantJson.ProposalRequest;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand;
import se.psi.core.grant.port.in.GrantCommands.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.GrantCommands.DecideGrantCommand;
import se.psi.core.grant.port.in.GrantCommands.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.JoinHandlingGroupCommand;
import se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand;
import se.psi.core.grant.port.in.GrantCommands.ProposalCommand;
import se.psi.core.grant.port.in.GrantCommands.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.GrantCommands.StartAssessmentCommand;
import se.psi.core.grant.port.in.GrantUseCases.ApplyForGrantUseCase;
import se.psi.core.grant.port.in.GrantUseCases.AssessGrantUseCase;
import se.psi.core.grant.port.in.GrantUseCases.DecideGrantUseCase;
import se.psi.core.grant.port.in.GrantUseCases.GetGrantApplicationUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/**
 * A grant application's journey (GRA-1..GRA-8): the applicant drafts and submits, a handling group judges the
 * criteria with jäv checked, and an official decides on delegation. Each step is a POST to the application with
 * If-Match; the answer is the whole application as it now stands.
 */
@Path("/api/v1/grant-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants", description = "The grant for social innovation, from application to decision (GRA)")
public final class GrantApplicationsResource {

  private static final String ANSWER = "The application as it now stands";

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public GrantApplicationsResource(PsiCore core) {
    this.core = core;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.DraftGrantApplicationCommand.class)
  @Operation(operationId = "draftGrantApplication", summary = "Draft an application (GRA-2)",
      responses = @ApiResponse(responseCode = "201", description = "Drafted",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response draft(DraftRequest request) {
    Texts texts = Texts.of(headers);
    DraftRequest body = Answers.required(request, texts);
    GrantApplication application = Answers.orProblem(apply().draftGrantApplication(new DraftGrantApplicationCommand(
        actor(), body.schemeYear(), body.applicant(), body.project())), texts, caller);
    return Response.created(uri.getAbsolutePathBuilder().path(application.id().toString()).build())
        .entity(GrantApplicationJson.of(application, texts)).tag(Versions.etag(application.version()))
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getGrantApplication", summary = "Read an application",
      description = "For its applicant and those who handle it; to anyone else it does not exist.",
      responses = @ApiResponse(responseCode = "200", description = "The application",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response get(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    GrantApplication application = read(Answers.id(id, texts, uri.getPath()), texts);
    return Answers.ok(GrantApplicationJson.of(application, texts), application.version(), texts);
  }

  @PUT
  @Path("{id}/project")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.ReviseGrantApplicationCommand.class)
  @Operation(operationId = "reviseGrantApplication", summary = "Revise the project (GRA-2, GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response revise(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, GrantRevisionRequest request) {
    return change(id, request, (uuid, seen, body) -> apply().reviseGrantApplication(
        new ReviseGrantApplicationCommand(actor(), uuid, body.project(), seen)));
  }

  @POST
  @Path("{id}/submission")
  @Operation(operationId = "submitGrantApplication", summary = "Submit (GRA-1, GRA-2)",
      description = "Refused with the explanation when formally ineligible or incomplete.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response submit(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return change(id, (uuid, seen) -> apply().submitGrantApplication(new GrantApplicationCommand(actor(), uuid,
        seen)));
  }

  @POST
  @Path("{id}/resubmission")
  @Operation(operationId = "resubmitGrantApplication", summary = "Resubmit after completion (GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response resubmit(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return change(id, (uuid, seen) -> apply().resubmitGrantApplication(new GrantApplicationCommand(actor(), uuid,
        seen)));
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(operationId = "withdrawGrantApplication", summary = "The applicant withdraws the application",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response withdraw(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return change(id, (uuid, seen) -> apply().withdrawGrantApplication(new GrantApplicationCommand(actor(), uuid,
        seen)));
  }

  @POST
  @Path("{id}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.StartAssessmentCommand.class)
  @Operation(operationId = "startGrantAssessment", summary = "Form the handling group (GRA-3, GRA-7)",
      description = "Jäv found in the partnership's data is recorded before anyone assesses.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response startAssessment(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, AssessmentRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().startAssessment(new StartAssessmentCommand(actor(),
        uuid, body.members(), seen)));
  }

  @POST
  @Path("{id}/handling-group-members")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.JoinHandlingGroupCommand.class)
  @Operation(operationId = "addHandlingGroupMember", summary = "A member joins the handling group (GRA-4, GRA-7)",
      description = "Jäv is checked again for the group with the newcomer; the newcomer declares before judging.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response addMember(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, JoinRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().addHandlingGroupMember(new JoinHandlingGroupCommand(
        actor(), uuid, body.member(), seen)));
  }

  @POST
  @Path("{id}/conflict-declarations")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.ConflictDeclarationCommand.class)
  @Operation(operationId = "makeConflictDeclaration",
      summary = "Declare that there is no jäv, or a conflict with its reason (GRA-7)",
      description = "Each member of the handling group declares before judging; the decider may declare a conflict "
          + "and then cannot decide. A new declaration replaces the caller's earlier one.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response declare(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, DeclarationRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().makeConflictDeclaration(
        new ConflictDeclarationCommand(actor(), uuid, body.conflict(), body.reason(), seen)));
  }

  @POST
  @Path("{id}/conflicts-of-interest")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand.class)
  @Operation(operationId = "declareConflictOfInterest", summary = "A member or the decider declares jäv (GRA-7)",
      description = "The same as a declaration of a conflict, with the note's text as the reason.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response declareConflict(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, NoteRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().declareConflictOfInterest(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/applicant-meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand.class)
  @Operation(operationId = "recordApplicantMeeting", summary = "Record a meeting with the applicant (GRA-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response recordMeeting(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, NoteRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().recordApplicantMeeting(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/judgements")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand.class)
  @Operation(operationId = "judgeGrantCriterion", summary = "A member judges one criterion (GRA-4)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response judge(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, JudgementRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().judgeCriterion(new JudgeCriterionCommand(actor(), uuid,
        body.criterion(), body.verdict(), body.reasoning(), seen)));
  }

  @POST
  @Path("{id}/completion-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand.class)
  @Operation(operationId = "requestGrantCompletion", summary = "Ask the applicant to complete (GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response requestCompletion(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, NoteRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().requestCompletion(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.ProposalCommand.class)
  @Operation(operationId = "draftGrantProposal", summary = "The handling group's proposal",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response propose(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, ProposalRequest request) {
    return change(id, request, (uuid, seen, body) -> assess().draftProposal(new ProposalCommand(actor(), uuid,
        body.outcome(), body.amountKronor(), orEmpty(body.conditions()), body.reasons(), body.referral(), seen)));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.DecideGrantCommand.class)
  @Operation(operationId = "decideGrant", summary = "The decision on delegation (GRA-5, GRA-8)",
      description = "Only the holder of a valid delegation who did not present the case decides; the decision "
          + "carries its explanation and ruleset version.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response decide(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, DecisionRequest request) {
    return change(id, request, (uuid, seen, body) -> core.useCase(DecideGrantUseCase.class).decideGrant(
        new DecideGrantCommand(actor(), uuid, body.delegationId(), body.outcome(), body.amountKronor(),
            orEmpty(body.conditions()), body.reasons(), body.referral(), orEmpty(body.participants()), seen)));
  }

  /** A step on an existing application: read it (404 for those who may not see it), If-Match, then the change. */
  private Response change(String id, Step step) {
    Texts texts = Texts.of(headers);
    UUID uuid = Answers.id(id, texts, uri.getPath());
    GrantApplication application = Resources.change(read(uuid, texts).version(), headers, texts, caller,
        seen -> step.apply(uuid, seen));
    return Answers.ok(GrantApplicationJson.of(application, texts), application.version(), texts);
  }

  private <B> Response change(String id, B request, StepWithBody<B> step) {
    Texts texts = Texts.of(headers);
    B body = Answers.required(request, texts);
    return change(id, (uuid, seen) -> step.apply(uuid, seen, body));
  }

  @FunctionalInterface
  private interface Step {
    Either<Rejection, GrantApplication> apply(UUID id, long seen);
  }

  @FunctionalInterface
  private interface StepWithBody<B> {
    Either<Rejection, GrantApplication> apply(UUID id, long seen, B body);
  }

  private GrantApplication read(UUID id, Texts texts) {
    return Answers.orProblem(core.useCase(GetGrantApplicationUseCase.class)
        .getGrantApplication(new GrantApplicationCommand(actor(), id, null)), texts, caller);
  }

  private AssessmentNoteCommand note(UUID id, NoteRequest body, long seen) {
    return new AssessmentNoteCommand(actor(), id, body.text(), body.date(), seen);
  }

  private ApplyForGrantUseCase apply() {
    return core.useCase(ApplyForGrantUseCase.class);
  }

  private AssessGrantUseCase assess() {
    return core.useCase(AssessGrantUseCase.class);
  }

  private Actor actor() {
    return Caller.actorOf(caller);
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
