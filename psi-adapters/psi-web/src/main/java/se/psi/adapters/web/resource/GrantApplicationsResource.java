package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
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
  private final Call call;

  public GrantApplicationsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.DraftGrantApplicationCommand.class)
  @Operation(operationId = "draftGrantApplication", summary = "Draft an application (GRA-2)",
      responses = @ApiResponse(responseCode = "201", description = "Drafted",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response draft(DraftRequest request) {
    Texts texts = call.texts();
    DraftRequest body = call.body(request);
    GrantApplication application = call.answer(apply().draftGrantApplication(new DraftGrantApplicationCommand(
        actor(), body.schemeYear(), body.applicant(), body.project())));
    return call.createdAt(application.id(), GrantApplicationJson.of(application, texts), application.version());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getGrantApplication", summary = "Read an application",
      description = "For its applicant and those who handle it; to anyone else it does not exist.",
      responses = @ApiResponse(responseCode = "200", description = "The application",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response get(@BeanParam IdParam id) {
    Texts texts = call.texts();
    GrantApplication application = read(id.value());
    return call.ok(GrantApplicationJson.of(application, texts), application.version());
  }

  @PUT
  @Path("{id}/project")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.ReviseGrantApplicationCommand.class)
  @Operation(operationId = "reviseGrantApplication", summary = "Revise the project (GRA-2, GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response revise(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, GrantRevisionRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> apply().reviseGrantApplication(
        new ReviseGrantApplicationCommand(actor(), uuid, body.project(), seen)));
  }

  @POST
  @Path("{id}/submission")
  @Operation(operationId = "submitGrantApplication", summary = "Submit (GRA-1, GRA-2)",
      description = "Refused with the explanation when formally ineligible or incomplete.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response submit(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) -> apply().submitGrantApplication(new GrantApplicationCommand(actor(), uuid,
        seen)));
  }

  @POST
  @Path("{id}/resubmission")
  @Operation(operationId = "resubmitGrantApplication", summary = "Resubmit after completion (GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response resubmit(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) ->
        apply().resubmitGrantApplication(new GrantApplicationCommand(actor(), uuid,
        seen)));
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(operationId = "withdrawGrantApplication", summary = "The applicant withdraws the application",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response withdraw(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) ->
        apply().withdrawGrantApplication(new GrantApplicationCommand(actor(), uuid,
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
      @BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, AssessmentRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        assess().startAssessment(new StartAssessmentCommand(actor(),
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
  public Response addMember(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, JoinRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        assess().addHandlingGroupMember(new JoinHandlingGroupCommand(
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
  public Response declare(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, DeclarationRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> assess().makeConflictDeclaration(
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
      @BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        assess().declareConflictOfInterest(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/applicant-meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.AssessmentNoteCommand.class)
  @Operation(operationId = "recordApplicantMeeting", summary = "Record a meeting with the applicant (GRA-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response recordMeeting(
      @BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> assess().recordApplicantMeeting(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/judgements")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.JudgeCriterionCommand.class)
  @Operation(operationId = "judgeGrantCriterion", summary = "A member judges one criterion (GRA-4)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response judge(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, JudgementRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        assess().judgeCriterion(new JudgeCriterionCommand(actor(), uuid,
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
      @BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> assess().requestCompletion(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.GrantCommands.ProposalCommand.class)
  @Operation(operationId = "draftGrantProposal", summary = "The handling group's proposal",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response propose(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, ProposalRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> assess().draftProposal(new ProposalCommand(actor(), uuid,
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
  public Response decide(@BeanParam IdParam id,
      @BeanParam IfMatch ifMatch, DecisionRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(DecideGrantUseCase.class).decideGrant(
        new DecideGrantCommand(actor(), uuid, body.delegationId(), body.outcome(), body.amountKronor(),
            orEmpty(body.conditions()), body.reasons(), body.referral(), orEmpty(body.participants()), seen)));
  }

  /** A step on an existing application, expecting the version the caller read. */
  private Response change(IdParam id, IfMatch ifMatch, Step step) {
    UUID uuid = id.value();
    GrantApplication application = call.answer(step.apply(uuid, ifMatch.version()));
    return call.ok(GrantApplicationJson.of(application, call.texts()), application.version());
  }

  private <B> Response change(IdParam id, IfMatch ifMatch, B request, StepWithBody<B> step) {
    UUID uuid = id.value();
    long expected = ifMatch.version();
    B body = call.body(request);
    GrantApplication application = call.answer(step.apply(uuid, expected, body));
    return call.ok(GrantApplicationJson.of(application, call.texts()), application.version());
  }

  @FunctionalInterface
  private interface Step {
    Either<Rejection, GrantApplication> apply(UUID id, long seen);
  }

  @FunctionalInterface
  private interface StepWithBody<B> {
    Either<Rejection, GrantApplication> apply(UUID id, long seen, B body);
  }

  private GrantApplication read(UUID id) {
    return call.answer(core.useCase(GetGrantApplicationUseCase.class)
        .getGrantApplication(new GrantApplicationCommand(actor(), id, null)));
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
    return call.actor();
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
