package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.MeetingJson.HeldRequest;
import se.psi.adapters.web.json.MeetingJson.MeetingView;
import se.psi.adapters.web.json.MeetingJson.MeetingYearJson;
import se.psi.adapters.web.json.MeetingJson.MeetingPlanRequest;
import se.psi.adapters.web.json.MeetingJson.PreparationRequest;
import se.psi.adapters.web.json.MeetingJson.RegistrationRequest;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.PsiCore;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.CancelMeetingUseCase;
import se.psi.core.meeting.port.in.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.GetMeetingUseCase;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.MeetingYearUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.PrepareMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.rules.Rejection;

/** General meetings, public dialogues and the other meetings of the year (MTG-1..MTG-4). */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = "Meetings, public dialogues and the year's targets (MTG)")
public final class MeetingsResource {

  private static final String ANSWER = "The meeting as it now stands";

  private final PsiCore core;
  private final Call call;

  public MeetingsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findMeetings", summary = "A year's meetings, by date",
      responses = @ApiResponse(responseCode = "200", description = "The meetings",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = MeetingView.class)))))
  public Response find(
      @Parameter(description = "The year; this year by default", schema = @Schema(type = "integer"))
      @QueryParam("year") String year,
      @Parameter(description = "Only this format", schema = @Schema(implementation = MeetingFormat.class))
      @QueryParam("format") String format) {
    Texts texts = call.texts();
    return call.ok(call.answer(core.useCase(FindMeetingsUseCase.class).findMeetings(yearQuery(year, format,
        texts))).stream().map(MeetingView::of).toList());
  }

  @GET
  @Path("year")
  @Operation(operationId = "meetingYear", summary = "The year's meetings against its targets (MTG-1, MTG-2, MTG-4)",
      responses = @ApiResponse(responseCode = "200", description = "Targets and coverage",
          content = @Content(schema = @Schema(implementation = MeetingYearJson.class))))
  public Response year(
      @Parameter(description = "The year; this year by default", schema = @Schema(type = "integer"))
      @QueryParam("year") String year) {
    Texts texts = call.texts();
    return call.ok(MeetingYearJson.of(call.answer(core.useCase(MeetingYearUseCase.class)
        .meetingYear(yearQuery(year, null, texts))), texts));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PlanMeetingCommand.class)
  @Operation(operationId = "planMeeting", summary = "Plan a meeting",
      responses = @ApiResponse(responseCode = "201", description = "Planned",
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response plan(MeetingPlanRequest request) {
    MeetingPlanRequest body = call.body(request);
    Meeting meeting = call.answer(core.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(
        call.actor(), body.format(), body.title(), body.date(), body.municipality(), body.digital(),
        body.responsibleOrganisation(), body.fromIdea())));
    return call.createdAt(meeting.id(), MeetingView.of(meeting), meeting.version());
  }

  @GET
  @Path("{id}")
  @Public
  @Operation(operationId = "getMeeting", summary = "Read a meeting",
      responses = @ApiResponse(responseCode = "200", description = "The meeting",
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response get(@PathParam("id") IdParam id) {
    Meeting meeting = read(id.value());
    return call.ok(MeetingView.of(meeting), meeting.version());
  }

  @POST
  @Path("{id}/programme")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PrepareMeetingCommand.class)
  @Operation(operationId = "prepareMeeting", summary = "Add an agenda item or a speaker",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response prepare(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, PreparationRequest request) {
    PreparationRequest body = call.body(request);
    return change(id, ifMatch, (uuid, seen) -> core.useCase(PrepareMeetingUseCase.class).prepareMeeting(
        new PrepareMeetingCommand(call.actor(), uuid, body.agendaItem(), body.speaker(), seen)));
  }

  @POST
  @Path("{id}/registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Public
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.RegisterForMeetingCommand.class)
  @Operation(operationId = "registerForMeeting", summary = "Register for a meeting (MTG-2)",
      description = "Anyone may register for a public dialogue; no personal data is kept.",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response register(@PathParam("id") IdParam id,
      RegistrationRequest request) {
    RegistrationRequest body = call.body(request);
    Meeting meeting = call.answer(core.useCase(RegisterForMeetingUseCase.class).registerForMeeting(
        new RegisterForMeetingCommand(call.actor(), id.value(),
            body.organisation(), body.partnerId())));
    return call.ok(MeetingView.of(meeting), meeting.version());
  }

  @POST
  @Path("{id}/held")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.HoldMeetingCommand.class)
  @Operation(operationId = "holdMeeting", summary = "Record the meeting as held",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response hold(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, HeldRequest request) {
    HeldRequest body = call.body(request);
    return change(id, ifMatch, (uuid, seen) ->
        core.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(
        call.actor(), uuid, body.attendance() == null ? Set.of() : body.attendance(),
        body.decisions() == null ? List.of() : body.decisions(), seen)));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(operationId = "cancelMeeting", summary = "Cancel a planned meeting",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response cancel(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    return change(id, ifMatch, (uuid, seen) -> core.useCase(CancelMeetingUseCase.class).cancelMeeting(
        new MeetingCommand(call.actor(), uuid, seen)));
  }

  /** A change of an existing meeting, expecting the version the caller read. */
  private Response change(IdParam id, IfMatch ifMatch, BiFunction<UUID, Long, Either<Rejection, Meeting>> step) {
    UUID uuid = id.value();
    Meeting meeting = call.answer(step.apply(uuid, call.version(ifMatch)));
    return call.ok(MeetingView.of(meeting), meeting.version());
  }

  private Meeting read(UUID id) {
    return call.answer(core.useCase(GetMeetingUseCase.class).getMeeting(
        new MeetingCommand(call.actor(), id, null)));
  }

  private MeetingYearQuery yearQuery(String year, String format, Texts texts) {
    return new MeetingYearQuery(call.actor(),
        Parameters.integer("year", year, today().getYear(), 2000, 2100, texts),
        Parameters.enumOf(MeetingFormat.class, "format", format, texts));
  }

  private java.time.LocalDate today() {
    return core.useCase(GetTodayUseCase.class).today();
  }
}
