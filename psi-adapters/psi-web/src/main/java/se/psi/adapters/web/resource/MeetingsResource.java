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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.http.Versions;
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
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.MeetingCommand;
import se.psi.core.meeting.port.in.MeetingUseCases.CancelMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.FindMeetingsUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.MeetingYearUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.PrepareMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingUseCases.RegisterForMeetingUseCase;
import se.psi.core.meeting.port.in.MeetingYearQuery;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.rules.Rejection;

/** General meetings, public dialogues and the other meetings of the year (MTG-1..MTG-4). */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings", description = "Meetings, public dialogues and the year's targets (MTG)")
public final class MeetingsResource {

  private static final String ANSWER = "The meeting as it now stands";

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public MeetingsResource(PsiCore core) {
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
    Texts texts = Texts.of(headers);
    return Answers.ok(Answers.orProblem(core.useCase(FindMeetingsUseCase.class).findMeetings(yearQuery(year, format,
        texts)), texts, caller).stream().map(MeetingView::of).toList(), texts);
  }

  @GET
  @Path("year")
  @Operation(operationId = "meetingYear", summary = "The year's meetings against its targets (MTG-1, MTG-2, MTG-4)",
      responses = @ApiResponse(responseCode = "200", description = "Targets and coverage",
          content = @Content(schema = @Schema(implementation = MeetingYearJson.class))))
  public Response year(
      @Parameter(description = "The year; this year by default", schema = @Schema(type = "integer"))
      @QueryParam("year") String year) {
    Texts texts = Texts.of(headers);
    return Answers.ok(MeetingYearJson.of(Answers.orProblem(core.useCase(MeetingYearUseCase.class)
        .meetingYear(yearQuery(year, null, texts)), texts, caller), texts), texts);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PlanMeetingCommand.class)
  @Operation(operationId = "planMeeting", summary = "Plan a meeting",
      responses = @ApiResponse(responseCode = "201", description = "Planned",
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response plan(MeetingPlanRequest request) {
    Texts texts = Texts.of(headers);
    MeetingPlanRequest body = Answers.required(request, texts);
    Meeting meeting = Answers.orProblem(core.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(
        Caller.actorOf(caller), body.format(), body.title(), body.date(), body.municipality(), body.digital(),
        body.responsibleOrganisation(), body.fromIdea())), texts, caller);
    return Response.created(uri.getAbsolutePathBuilder().path(meeting.id().toString()).build())
        .entity(MeetingView.of(meeting)).tag(Versions.etag(meeting.version()))
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }

  @GET
  @Path("{id}")
  @Public
  @Operation(operationId = "getMeeting", summary = "Read a meeting",
      responses = @ApiResponse(responseCode = "200", description = "The meeting",
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response get(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    Meeting meeting = read(Answers.id(id, texts, uri.getPath()), texts);
    return Answers.ok(MeetingView.of(meeting), meeting.version(), texts);
  }

  @POST
  @Path("{id}/programme")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PrepareMeetingCommand.class)
  @Operation(operationId = "prepareMeeting", summary = "Add an agenda item or a speaker",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response prepare(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, PreparationRequest request) {
    Texts texts = Texts.of(headers);
    PreparationRequest body = Answers.required(request, texts);
    return change(id, (uuid, seen) -> core.useCase(PrepareMeetingUseCase.class).prepareMeeting(
        new PrepareMeetingCommand(Caller.actorOf(caller), uuid, body.agendaItem(), body.speaker(), seen)));
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
  public Response register(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      RegistrationRequest request) {
    Texts texts = Texts.of(headers);
    RegistrationRequest body = Answers.required(request, texts);
    Meeting meeting = Answers.orProblem(core.useCase(RegisterForMeetingUseCase.class).registerForMeeting(
        new RegisterForMeetingCommand(Caller.actorOf(caller), Answers.id(id, texts, uri.getPath()),
            body.organisation(), body.partnerId())), texts, caller);
    return Answers.ok(MeetingView.of(meeting), meeting.version(), texts);
  }

  @POST
  @Path("{id}/held")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.HoldMeetingCommand.class)
  @Operation(operationId = "holdMeeting", summary = "Record the meeting as held",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response hold(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, HeldRequest request) {
    Texts texts = Texts.of(headers);
    HeldRequest body = Answers.required(request, texts);
    return change(id, (uuid, seen) -> core.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(
        Caller.actorOf(caller), uuid, body.attendance() == null ? Set.of() : body.attendance(),
        body.decisions() == null ? List.of() : body.decisions(), seen)));
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(operationId = "cancelMeeting", summary = "Cancel a planned meeting",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = MeetingView.class))))
  public Response cancel(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    return change(id, (uuid, seen) -> core.useCase(CancelMeetingUseCase.class).cancelMeeting(
        new MeetingCommand(Caller.actorOf(caller), uuid, seen)));
  }

  private Response change(String id, BiFunction<UUID, Long, Either<Rejection, Meeting>> step) {
    Texts texts = Texts.of(headers);
    UUID uuid = Answers.id(id, texts, uri.getPath());
    Meeting meeting = Resources.change(read(uuid, texts).version(), headers, texts, caller,
        seen -> step.apply(uuid, seen));
    return Answers.ok(MeetingView.of(meeting), meeting.version(), texts);
  }

  private Meeting read(UUID id, Texts texts) {
    return Answers.orProblem(core.useCase(FindMeetingsUseCase.class).findMeeting(
        new MeetingCommand(Caller.actorOf(caller), id, null)), texts, caller);
  }

  private MeetingYearQuery yearQuery(String year, String format, Texts texts) {
    return new MeetingYearQuery(Caller.actorOf(caller),
        Parameters.integer("year", year, today().getYear(), 2000, 2100, texts),
        Parameters.enumOf(MeetingFormat.class, "format", format, texts));
  }

  private java.time.LocalDate today() {
    return core.useCase(GetTodayUseCase.class).today();
  }
}
