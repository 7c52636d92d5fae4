package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.GrantJson.AssessmentRequest;
import se.psi.adapters.web.json.GrantJson.DecisionRequest;
import se.psi.adapters.web.json.GrantJson.DeclarationRequest;
import se.psi.adapters.web.json.GrantJson.DraftRequest;
import se.psi.adapters.web.json.GrantJson.GrantApplicationJson;
import se.psi.adapters.web.json.GrantJson.GrantRevisionRequest;
import se.psi.adapters.web.json.GrantJson.JoinRequest;
import se.psi.adapters.web.json.GrantJson.JudgementRequest;
import se.psi.adapters.web.json.GrantJson.NoteRequest;
import se.psi.adapters.web.json.GrantJson.ProposalRequest;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.port.in.AddHandlingGroupMemberUseCase;
import se.psi.core.grant.port.in.AssessmentNoteCommand;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DeclareConflictOfInterestUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.GetGrantApplicationUseCase;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.GrantApplicationQuery;
import se.psi.core.grant.port.in.JoinHandlingGroupCommand;
import se.psi.core.grant.port.in.JudgeCriterionCommand;
import se.psi.core.grant.port.in.JudgeCriterionUseCase;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.in.ProposalCommand;
import se.psi.core.grant.port.in.RecordApplicantMeetingUseCase;
import se.psi.core.grant.port.in.RequestCompletionUseCase;
import se.psi.core.grant.port.in.ResubmitGrantApplicationUseCase;
import se.psi.core.grant.port.in.ReviseGrantApplicationCommand;
import se.psi.core.grant.port.in.ReviseGrantApplicationUseCase;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.grant.port.in.WithdrawGrantApplicationUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

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
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.DraftGrantApplicationCommand.class)
  @Operation(operationId = "draftGrantApplication", summary = "Draft an application (GRA-2)",
      responses = @ApiResponse(responseCode = "201", description = "Drafted",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response draft(DraftRequest request) {
    Texts texts = call.texts();
    DraftRequest body = call.body(request);
    GrantApplication application = call.answer(core.useCase(DraftGrantApplicationUseCase.class)
        .draftGrantApplication(new DraftGrantApplicationCommand(actor(), body.schemeYear(), body.applicant(),
            body.project())));
    return call.createdAt(application.id(), GrantApplicationJson.of(application, texts), application.version());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getGrantApplication", summary = "Read an application",
      description = "For its applicant and those who handle it; to anyone else it does not exist.",
      responses = @ApiResponse(responseCode = "200", description = "The application",
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response get(@PathParam("id") IdParam id) {
    Texts texts = call.texts();
    GrantApplication application = read(id.value());
    return call.ok(GrantApplicationJson.of(application, texts), application.version());
  }

  @PUT
  @Path("{id}/project")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.ReviseGrantApplicationCommand.class)
  @Operation(operationId = "reviseGrantApplication", summary = "Revise the project (GRA-2, GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response revise(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, GrantRevisionRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(
        ReviseGrantApplicationUseCase.class).reviseGrantApplication(
        new ReviseGrantApplicationCommand(actor(), uuid, body.project(), seen)));
  }

  @POST
  @Path("{id}/submission")
  @Operation(operationId = "submitGrantApplication", summary = "Submit (GRA-1, GRA-2)",
      description = "Refused with the explanation when formally ineligible or incomplete.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response submit(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) -> core.useCase(SubmitGrantApplicationUseCase.class)
        .submitGrantApplication(new GrantApplicationCommand(actor(), uuid, seen)));
  }

  @PUT
  @Path("{id}/case-description")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.DescribeGrantCaseCommand.class)
  @Operation(operationId = "describeGrantCase", summary = "The public title and secrecy marking of a case (GRA-9)",
      description = "For a registered case: the title anyone may read in the register, and which parts are under "
          + "secrecy and on what ground (both or neither; neither lifts the marking).",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response describeCase(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      se.psi.adapters.web.json.GrantJson.CaseDescriptionRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(
        se.psi.core.grant.port.in.DescribeGrantCaseUseCase.class).describeGrantCase(
        new se.psi.core.grant.port.in.DescribeGrantCaseCommand(actor(), uuid, body.title(), body.secretParts(),
            body.secrecyGround(), seen)));
  }

  @POST
  @Path("{id}/resubmission")
  @Operation(operationId = "resubmitGrantApplication", summary = "Resubmit after completion (GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response resubmit(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) ->
        core.useCase(ResubmitGrantApplicationUseCase.class)
            .resubmitGrantApplication(new GrantApplicationCommand(actor(), uuid, seen)));
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(operationId = "withdrawGrantApplication", summary = "The applicant withdraws the application",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response withdraw(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) ->
        core.useCase(WithdrawGrantApplicationUseCase.class)
            .withdrawGrantApplication(new GrantApplicationCommand(actor(), uuid, seen)));
  }

  @POST
  @Path("{id}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.StartAssessmentCommand.class)
  @Operation(operationId = "startGrantAssessment", summary = "Form the handling group (GRA-3, GRA-7)",
      description = "Jäv found in the partnership's data is recorded before anyone assesses.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response startAssessment(
      @PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, AssessmentRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        core.useCase(StartAssessmentUseCase.class).startAssessment(new StartAssessmentCommand(actor(),
        uuid, body.members(), seen)));
  }

  @POST
  @Path("{id}/handling-group-members")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.JoinHandlingGroupCommand.class)
  @Operation(operationId = "addHandlingGroupMember", summary = "A member joins the handling group (GRA-4, GRA-7)",
      description = "Jäv is checked again for the group with the newcomer; the newcomer declares before judging.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response addMember(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, JoinRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        core.useCase(AddHandlingGroupMemberUseCase.class).addHandlingGroupMember(new JoinHandlingGroupCommand(
        actor(), uuid, body.member(), seen)));
  }

  @POST
  @Path("{id}/conflict-declarations")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.ConflictDeclarationCommand.class)
  @Operation(operationId = "makeConflictDeclaration",
      summary = "Declare that there is no jäv, or a conflict with its reason (GRA-7)",
      description = "Each member of the handling group declares before judging; the decider may declare a conflict "
          + "and then cannot decide. A new declaration replaces the caller's earlier one.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response declare(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, DeclarationRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(
        MakeConflictDeclarationUseCase.class).makeConflictDeclaration(
        new ConflictDeclarationCommand(actor(), uuid, body.conflict(), body.reason(), seen)));
  }

  @POST
  @Path("{id}/conflicts-of-interest")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.AssessmentNoteCommand.class)
  @Operation(operationId = "declareConflictOfInterest", summary = "A member or the decider declares jäv (GRA-7)",
      description = "The same as a declaration of a conflict, with the note's text as the reason.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response declareConflict(
      @PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        core.useCase(DeclareConflictOfInterestUseCase.class).declareConflictOfInterest(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/applicant-meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.AssessmentNoteCommand.class)
  @Operation(operationId = "recordApplicantMeeting", summary = "Record a meeting with the applicant (GRA-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response recordMeeting(
      @PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(
        RecordApplicantMeetingUseCase.class).recordApplicantMeeting(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/judgements")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.JudgeCriterionCommand.class)
  @Operation(operationId = "judgeGrantCriterion", summary = "A member judges one criterion (GRA-4)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response judge(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, JudgementRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) ->
        core.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(actor(), uuid,
        body.criterion(), body.verdict(), body.reasoning(), seen)));
  }

  @POST
  @Path("{id}/completion-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.AssessmentNoteCommand.class)
  @Operation(operationId = "requestGrantCompletion", summary = "Ask the applicant to complete (GRA-6)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response requestCompletion(
      @PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, NoteRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(
        RequestCompletionUseCase.class).requestCompletion(note(uuid, body, seen)));
  }

  @POST
  @Path("{id}/proposal")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.ProposalCommand.class)
  @Operation(operationId = "draftGrantProposal", summary = "The handling group's proposal",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response propose(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, ProposalRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(DraftProposalUseCase.class)
        .draftProposal(new ProposalCommand(actor(), uuid, body.outcome(), body.amountKronor(),
            orEmpty(body.conditions()), body.reasons(), body.referral(), seen)));
  }

  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.DecideGrantCommand.class)
  @Operation(operationId = "decideGrant", summary = "The decision on delegation (GRA-5, GRA-8)",
      description = "Only the holder of a valid delegation who did not present the case decides; the decision "
          + "carries its explanation and ruleset version.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = GrantApplicationJson.class))))
  public Response decide(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, DecisionRequest request) {
    return change(id, ifMatch, request, (uuid, seen, body) -> core.useCase(DecideGrantUseCase.class).decideGrant(
        new DecideGrantCommand(actor(), uuid, body.delegationId(), body.outcome(), body.amountKronor(),
            orEmpty(body.conditions()), body.reasons(), body.referral(), orEmpty(body.participants()), seen)));
  }

  /** A step on an existing application, expecting the version the caller read. */
  private Response change(IdParam id, IfMatch ifMatch, Step step) {
    UUID uuid = id.value();
    GrantApplication application = call.answer(step.apply(uuid, call.version(ifMatch)));
    return call.ok(GrantApplicationJson.of(application, call.texts()), application.version());
  }

  private <B> Response change(IdParam id, IfMatch ifMatch, B request, StepWithBody<B> step) {
    UUID uuid = id.value();
    long expected = call.version(ifMatch);
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
        .getGrantApplication(new GrantApplicationQuery(actor(), id)));
  }

  private AssessmentNoteCommand note(UUID id, NoteRequest body, long seen) {
    return new AssessmentNoteCommand(actor(), id, body.text(), body.date(), seen);
  }



  private Actor actor() {
    return call.actor();
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
