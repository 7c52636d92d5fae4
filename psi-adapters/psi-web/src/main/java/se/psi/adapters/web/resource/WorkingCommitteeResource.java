package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.CommitteeJson.SeatRequest;
import se.psi.adapters.web.json.CommitteeJson.WorkingCommitteeJson;
import se.psi.core.PsiCore;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;

/** The working committee (AU): public to read; its members change the seats under the majority rule (AU-3). */
@Path("/api/v1/working-committee")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "working-committee", description = "The working committee and its civil-society majority (AU)")
public final class WorkingCommitteeResource {

  private final PsiCore core;
  private final Call call;

  public WorkingCommitteeResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "getWorkingCommittee", summary = "The committee, its seats and the majority rule (AU-2)",
      responses = @ApiResponse(responseCode = "200", description = "The committee",
          content = @Content(schema = @Schema(implementation = WorkingCommitteeJson.class))))
  public Response get() {
    Texts texts = call.texts();
    CommitteeView view = read();
    return call.ok(WorkingCommitteeJson.of(view, texts), view.committee().version());
  }

  @POST
  @Path("seats")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.committee.port.in.SeatCommand.class)
  @Operation(operationId = "takeCommitteeSeat", summary = "A partner takes a seat (AU-1, AU-3)",
      description = "Refused, with the explanation, when it would break the civil-society majority.",
      responses = @ApiResponse(responseCode = "200", description = "The committee after the change",
          content = @Content(schema = @Schema(implementation = WorkingCommitteeJson.class))))
  public Response take(
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, SeatRequest request) {
    Texts texts = call.texts();
    long expected = call.version(ifMatch);
    SeatRequest body = call.body(request);
    CommitteeView view = call.answer(core.useCase(
        TakeCommitteeSeatUseCase.class).takeCommitteeSeat(
        new SeatCommand(call.actor(), body.partnerId(), body.representative(), expected)));
    return call.ok(WorkingCommitteeJson.of(view, texts), view.committee().version());
  }

  @DELETE
  @Path("seats/{partnerId}")
  @Operation(operationId = "leaveCommitteeSeat", summary = "A partner leaves its seat (AU-3)",
      responses = @ApiResponse(responseCode = "200", description = "The committee after the change",
          content = @Content(schema = @Schema(implementation = WorkingCommitteeJson.class))))
  public Response leave(@PathParam("partnerId") String partnerId,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    Texts texts = call.texts();
    UUID partner = call.id(partnerId);
    long expected = call.version(ifMatch);
    CommitteeView view = call.answer(core.useCase(
        LeaveCommitteeSeatUseCase.class).leaveCommitteeSeat(
        new SeatCommand(call.actor(), partner, null, expected)));
    return call.ok(WorkingCommitteeJson.of(view, texts), view.committee().version());
  }

  @GET
  @Path("next-meetings")
  @Public
  @Operation(operationId = "nextCommitteeMeetings", summary = "The committee's next meeting dates (AU-4)",
      description = "Every few weeks from its first meeting, as the ruleset in force says.",
      responses = @ApiResponse(responseCode = "200", description = "The dates",
          content = @Content(array = @io.swagger.v3.oas.annotations.media.ArraySchema(
              schema = @Schema(type = "string", format = "date")))))
  public Response nextMeetings(
      @Parameter(description = "The committee's first meeting, YYYY-MM-DD", required = true,
          schema = @Schema(type = "string", format = "date")) @jakarta.ws.rs.QueryParam("firstMeeting") String first,
      @Parameter(description = "From this day; today by default", schema = @Schema(type = "string", format = "date"))
      @jakarta.ws.rs.QueryParam("from") String from,
      @Parameter(description = "How many, 1 to 52; 5 by default", schema = @Schema(type = "integer"))
      @jakarta.ws.rs.QueryParam("count") String count) {
    Texts texts = call.texts();
    java.time.LocalDate firstMeeting = Parameters.date("firstMeeting", first, null, texts);
    if (firstMeeting == null) {
      throw se.psi.adapters.web.problem.Problems.exception(se.psi.adapters.web.problem.ProblemType.INVALID_REQUEST,
          texts, "detail.badParameter", "firstMeeting", "YYYY-MM-DD");
    }
    return call.ok(call.answer(core.useCase(se.psi.core.committee.port.in.NextCommitteeMeetingsUseCase.class)
        .nextCommitteeMeetings(new se.psi.core.committee.port.in.NextCommitteeMeetingsQuery(call.actor(),
            firstMeeting, Parameters.date("from", from, null, texts),
            Parameters.integer("count", count, 5, 1, 52, texts)))));
  }

  private CommitteeView read() {
    return call.answer(core.useCase(GetWorkingCommitteeUseCase.class)
        .getWorkingCommittee(new CommitteeQuery(call.actor())));
  }
}
