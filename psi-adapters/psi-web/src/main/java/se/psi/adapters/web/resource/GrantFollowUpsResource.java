package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
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
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.form.CommandForm;
import se.psi.adapters.web.json.FollowUpJson.AcceptanceRequest;
import se.psi.adapters.web.json.FollowUpJson.ChangeDecisionRequest;
import se.psi.adapters.web.json.FollowUpJson.ChangeRequest;
import se.psi.adapters.web.json.FollowUpJson.ClaimRequest;
import se.psi.adapters.web.json.FollowUpJson.FollowUpView;
import se.psi.adapters.web.json.FollowUpJson.OpenRequest;
import se.psi.adapters.web.json.FollowUpJson.PayoutRequest;
import se.psi.adapters.web.json.FollowUpJson.ReportRequest;
import se.psi.core.PsiCore;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.in.AcceptGrantCommand;
import se.psi.core.followup.port.in.AcceptGrantUseCase;
import se.psi.core.followup.port.in.ClaimRepaymentCommand;
import se.psi.core.followup.port.in.ClaimRepaymentUseCase;
import se.psi.core.followup.port.in.DecideProjectChangeCommand;
import se.psi.core.followup.port.in.DecideProjectChangeUseCase;
import se.psi.core.followup.port.in.FinalReportDutiesQuery;
import se.psi.core.followup.port.in.GetGrantFollowUpUseCase;
import se.psi.core.followup.port.in.GrantFollowUpQuery;
import se.psi.core.followup.port.in.OpenGrantFollowUpCommand;
import se.psi.core.followup.port.in.OpenGrantFollowUpUseCase;
import se.psi.core.followup.port.in.RecordRepaymentCommand;
import se.psi.core.followup.port.in.RecordRepaymentUseCase;
import se.psi.core.followup.port.in.RemindFinalReportsUseCase;
import se.psi.core.followup.port.in.RequestPayoutCommand;
import se.psi.core.followup.port.in.RequestPayoutUseCase;
import se.psi.core.followup.port.in.RequestProjectChangeCommand;
import se.psi.core.followup.port.in.RequestProjectChangeUseCase;
import se.psi.core.followup.port.in.SubmitFinalReportCommand;
import se.psi.core.followup.port.in.SubmitFinalReportUseCase;

/**
 * GRA-17: a grant after its decision, named by the granted application's id: acceptance, signed payouts, changes,
 * the final report with its reminders, repayment claims.
 */
@Path("/api/v1/grant-follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grant follow-up", description = "A grant after its decision (GRA-17)")
public final class GrantFollowUpsResource {

  private static final String ANSWER = "The follow-up as it now stands";

  private final PsiCore core;
  private final Call call;

  public GrantFollowUpsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(OpenGrantFollowUpCommand.class)
  @Operation(operationId = "openGrantFollowUp", summary = "Open the follow-up of a granted application (GRA-17)",
      responses = @ApiResponse(responseCode = "201", description = "Opened",
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response open(@PathParam("id") IdParam id, OpenRequest request) {
    UUID application = id.value();
    OpenRequest body = call.body(request);
    GrantFollowUp opened = call.answer(core.useCase(OpenGrantFollowUpUseCase.class).openGrantFollowUp(
        new OpenGrantFollowUpCommand(call.actor(), application, body.reportDue(), body.coFinancingRequiredKronor(),
            body.reminderLeadDays(), body.reminderIntervalDays())));
    return call.created(FollowUpView.of(opened, call.texts()), opened.version());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getGrantFollowUp", summary = "The follow-up, with the presentation owed (GRA-17, GRA-8)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response get(@PathParam("id") IdParam id) {
    var view = call.answer(core.useCase(GetGrantFollowUpUseCase.class).getGrantFollowUp(
        new GrantFollowUpQuery(call.actor(), id.value())));
    return call.ok(FollowUpView.of(view, call.texts()), view.followUp().version());
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(AcceptGrantCommand.class)
  @Operation(operationId = "acceptGrant", summary = "Accept the grant and its conditions (GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response accept(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      AcceptanceRequest request) {
    UUID application = id.value();
    long expected = call.version(ifMatch);
    AcceptanceRequest body = call.body(request);
    return answer(core.useCase(AcceptGrantUseCase.class).acceptGrant(new AcceptGrantCommand(call.actor(),
        application, body.signatories(), body.signatoryEvidence(), expected)));
  }

  @POST
  @Path("{id}/payouts")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(RequestPayoutCommand.class)
  @Operation(operationId = "requestPayout", summary = "A payout request signed by the caller (GRA-17)",
      description = "Paid when the grant is accepted, the caller is a named signatory and the sum paid stays "
          + "within what was granted.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response pay(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      PayoutRequest request) {
    UUID application = id.value();
    long expected = call.version(ifMatch);
    PayoutRequest body = call.body(request);
    return answer(core.useCase(RequestPayoutUseCase.class).requestPayout(new RequestPayoutCommand(call.actor(),
        application, body.amountKronor(), expected)));
  }

  @POST
  @Path("{id}/changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(RequestProjectChangeCommand.class)
  @Operation(operationId = "requestProjectChange", summary = "Ask to change the project (GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response requestChange(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      ChangeRequest request) {
    UUID application = id.value();
    long expected = call.version(ifMatch);
    ChangeRequest body = call.body(request);
    return answer(core.useCase(RequestProjectChangeUseCase.class).requestProjectChange(
        new RequestProjectChangeCommand(call.actor(), application, body.description(), expected)));
  }

  @POST
  @Path("{id}/changes/{changeId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(DecideProjectChangeCommand.class)
  @Operation(operationId = "decideProjectChange", summary = "Approve or refuse a change, with reasons (GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response decideChange(@PathParam("id") IdParam id, @PathParam("changeId") IdParam changeId,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, ChangeDecisionRequest request) {
    UUID application = id.value();
    UUID change = changeId.value();
    long expected = call.version(ifMatch);
    ChangeDecisionRequest body = call.body(request);
    return answer(core.useCase(DecideProjectChangeUseCase.class).decideProjectChange(new DecideProjectChangeCommand(
        call.actor(), application, change, body.approved(), body.reasons(), expected)));
  }

  @POST
  @Path("{id}/final-report")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(SubmitFinalReportCommand.class)
  @Operation(operationId = "submitFinalReport", summary = "The final report, checked against the grant (GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response report(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      ReportRequest request) {
    UUID application = id.value();
    long expected = call.version(ifMatch);
    ReportRequest body = call.body(request);
    return answer(core.useCase(SubmitFinalReportUseCase.class).submitFinalReport(new SubmitFinalReportCommand(
        call.actor(), application, body.whatWasDone(), body.spentKronor(), body.coFinancingKronor(), expected)));
  }

  @POST
  @Path("{id}/repayment-claims")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(ClaimRepaymentCommand.class)
  @Operation(operationId = "claimRepayment", summary = "Claim money back (återkrav, GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response claim(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      ClaimRequest request) {
    UUID application = id.value();
    long expected = call.version(ifMatch);
    ClaimRequest body = call.body(request);
    return answer(core.useCase(ClaimRepaymentUseCase.class).claimRepayment(new ClaimRepaymentCommand(call.actor(),
        application, body.amountKronor(), body.reason(), body.grounds(), expected)));
  }

  @POST
  @Path("{id}/repayment-claims/{claimId}/repayment")
  @Operation(operationId = "recordRepayment", summary = "A claim was repaid in full today (GRA-17)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response repaid(@PathParam("id") IdParam id, @PathParam("claimId") IdParam claimId,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    UUID application = id.value();
    UUID claim = claimId.value();
    long expected = call.version(ifMatch);
    return answer(core.useCase(RecordRepaymentUseCase.class).recordRepayment(new RecordRepaymentCommand(
        call.actor(), application, claim, expected)));
  }

  @POST
  @Path("final-report-reminders")
  @Operation(operationId = "remindFinalReports", summary = "Today's reminders of final reports (GRA-17)",
      description = "The daily job: the ids of the granted applications whose grantees were reminded.",
      responses = @ApiResponse(responseCode = "200", description = "The applications reminded",
          content = @Content(schema = @Schema(implementation = UUID[].class))))
  public Response remind() {
    List<UUID> reminded = call.answer(core.useCase(RemindFinalReportsUseCase.class).remindFinalReports(
        new FinalReportDutiesQuery(call.actor()))).stream().map(a -> a.value()).toList();
    return call.ok(reminded);
  }

  private Response answer(io.vavr.control.Either<se.psi.core.rules.Rejection, GrantFollowUp> outcome) {
    GrantFollowUp changed = call.answer(outcome);
    return call.ok(FollowUpView.of(changed, call.texts()), changed.version());
  }
}
