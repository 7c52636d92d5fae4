package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.PlanJson.ActivityListView;
import se.psi.adapters.web.json.PlanJson.ActivityRequest;
import se.psi.adapters.web.json.PlanJson.FollowUpRequest;
import se.psi.adapters.web.json.PlanJson.FollowUpView;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;
import se.psi.core.PsiCore;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.GetActivityListUseCase;
import se.psi.core.plan.port.in.YearQuery;

/** The activity list of each year and its follow-up (ACT-1, ACT-2). */
@Path("/api/v1/activity-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public final class ActivityListsResource {

  private final PsiCore core;
  private final Call call;

  public ActivityListsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Path("{year}")
  @Public
  @Operation(operationId = "getActivityList", summary = "A year's activity list",
      responses = @ApiResponse(responseCode = "200", description = "The list",
          content = @Content(schema = @Schema(implementation = ActivityListView.class))))
  public Response activities(@Parameter(schema = @Schema(type = "integer")) @PathParam("year") String year) {
    Texts texts = call.texts();
    ActivityList list = list(year(year, texts));
    return call.ok(ActivityListView.of(list), list.version());
  }

  @POST
  @Path("{year}/activities")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(AddActivityCommand.class)
  @Operation(operationId = "addActivity", summary = "Add an activity to a year's list (ACT-1)",
      responses = @ApiResponse(responseCode = "200", description = "The list with the activity",
          content = @Content(schema = @Schema(implementation = ActivityListView.class))))
  public Response addActivity(@Parameter(schema = @Schema(type = "integer")) @PathParam("year") String year,
      ActivityRequest request) {
    Texts texts = call.texts();
    ActivityRequest body = call.body(request);
    ActivityList list = call.answer(core.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(
        call.actor(), year(year, texts), body.planId(), body.goal(), body.title(), body.responsible(),
        body.targetCount(), body.targetDescription())));
    return call.ok(ActivityListView.of(list), list.version());
  }

  @POST
  @Path("{year}/activities/{activityId}/follow-up")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(FollowUpActivityCommand.class)
  @Operation(operationId = "followUpActivity", summary = "Follow up an activity (ACT-2)",
      responses = @ApiResponse(responseCode = "200", description = "The list after the follow-up",
          content = @Content(schema = @Schema(implementation = ActivityListView.class))))
  public Response followUp(@Parameter(schema = @Schema(type = "integer")) @PathParam("year") String year,
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("activityId") String activityId,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, FollowUpRequest request) {
    Texts texts = call.texts();
    int theYear = year(year, texts);
    UUID activity = call.id(activityId);
    long expected = call.version(ifMatch);
    FollowUpRequest body = call.body(request);
    ActivityList list = call.answer(core.useCase(
        FollowUpActivityUseCase.class).followUpActivity(
        new FollowUpActivityCommand(call.actor(), theYear, activity, body.status(), body.achievedCount(),
            body.note(), expected)));
    return call.ok(ActivityListView.of(list), list.version());
  }

  @GET
  @Path("{year}/follow-up")
  @Operation(operationId = "followUpYear", summary = "The year followed up (ACT-2, MTG-1, MTG-2, MTG-4)",
      description = "For the committee, partners and administrators: every activity's verdict against its target "
          + "and the year's meetings against the ruleset's targets.",
      responses = @ApiResponse(responseCode = "200", description = "The follow-up",
          content = @Content(schema = @Schema(implementation = FollowUpView.class))))
  public Response followUpYear(@Parameter(schema = @Schema(type = "integer")) @PathParam("year") String year) {
    Texts texts = call.texts();
    return call.ok(FollowUpView.of(call.answer(core.useCase(FollowUpYearUseCase.class).followUpYear(
        new YearQuery(call.actor(), year(year, texts)))), texts));
  }

  private ActivityList list(int year) {
    return call.answer(core.useCase(GetActivityListUseCase.class)
        .getActivityList(new YearQuery(call.actor(), year)));
  }

  /** A year in a path: outside 2000-2100 it names nothing. */
  private int year(String raw, Texts texts) {
    try {
      int year = Integer.parseInt(raw);
      if (year >= 2000 && year <= 2100) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problems.exception(ProblemType.NOT_FOUND, texts, "detail.notFoundPath", "/" + call.path());
  }
}
