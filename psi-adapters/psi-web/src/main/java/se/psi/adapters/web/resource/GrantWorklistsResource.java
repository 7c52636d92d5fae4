package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.json.GrantJson.WorklistItemJson;
import se.psi.adapters.web.json.PageJson;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.port.in.DecisionQueueQuery;
import se.psi.core.grant.port.in.FindGrantWorklistsUseCase;
import se.psi.core.grant.port.in.HandlingQueueQuery;
import se.psi.core.grant.port.in.OwnGrantApplicationsQuery;

/**
 * The grant worklists: the handling group's queue, the decider's queue and an applicant's own applications, a page at
 * a time, each case with its number, title, status, arrival, age in days and GRA-11's six-month flag.
 */
@Path("/api/v1/grant-worklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants", description = "The grant for social innovation, from application to decision (GRA)")
public final class GrantWorklistsResource {

  /** One page of a worklist, as the OpenAPI document describes it. */
  public static final class WorklistPage extends PageJsonSchema<WorklistItemJson> {}

  private final PsiCore core;
  private final WebLimits limits;
  private final Call call;

  public GrantWorklistsResource(PsiCore core, WebLimits limits, Call call) {
    this.core = core;
    this.limits = limits;
    this.call = call;
  }

  @GET
  @Path("handling-queue")
  @Operation(operationId = "findHandlingQueue", summary = "The handling group's queue, oldest arrival first (GRA-4)",
      description = "Cases that have arrived and are being handled: submitted, in assessment, or asked to complete.",
      responses = @ApiResponse(responseCode = "200", description = "One page",
          content = @Content(schema = @Schema(implementation = WorklistPage.class))))
  public Response handlingQueue(
      @Parameter(description = "Only this status", schema = @Schema(implementation = GrantStatus.class))
      @QueryParam("status") String status,
      @Parameter(description = "Only cases that arrived at least this many days ago",
          schema = @Schema(type = "integer", types = "integer", format = "int32", minimum = "0"))
      @QueryParam("olderThanDays") String olderThanDays,
      @BeanParam Paging paging) {
    Texts texts = call.texts();
    Integer days = olderThanDays == null ? null
        : Parameters.integer("olderThanDays", olderThanDays, 0, 0, 36_500, texts);
    return page(core.useCase(FindGrantWorklistsUseCase.class).handlingQueue(new HandlingQueueQuery(call.actor(),
        Parameters.enumOf(GrantStatus.class, "status", status, texts), days, paging.offset(),
        paging.limit(limits))));
  }

  @GET
  @Path("decision-queue")
  @Operation(operationId = "findDecisionQueue", summary = "The decider's queue: proposals ready for decision (GRA-5)",
      responses = @ApiResponse(responseCode = "200", description = "One page",
          content = @Content(schema = @Schema(implementation = WorklistPage.class))))
  public Response decisionQueue(@BeanParam Paging paging) {
    return page(core.useCase(FindGrantWorklistsUseCase.class).decisionQueue(new DecisionQueueQuery(call.actor(),
        paging.offset(), paging.limit(limits))));
  }

  @GET
  @Path("applicants/{organisationNumber}")
  @Operation(operationId = "findOwnGrantApplications", summary = "An applicant's own applications and drafts",
      description = "For the applicant organisation's own administrator (and the system's administrators); drafts "
          + "first, then by arrival.",
      responses = @ApiResponse(responseCode = "200", description = "One page",
          content = @Content(schema = @Schema(implementation = WorklistPage.class))))
  public Response ownApplications(@PathParam("organisationNumber") String organisationNumber,
      @BeanParam Paging paging) {
    return page(core.useCase(FindGrantWorklistsUseCase.class).ownApplications(new OwnGrantApplicationsQuery(
        call.actor(), organisationNumber, paging.offset(), paging.limit(limits))));
  }

  private Response page(io.vavr.control.Either<se.psi.core.rules.Rejection,
      se.psi.core.shared.Page<se.psi.core.grant.domain.WorklistItem>> answer) {
    return call.ok(PageJson.of(call.answer(answer), WorklistItemJson::of));
  }
}
