package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.json.MembershipJson.ApplicationJson;
import se.psi.adapters.web.json.MembershipJson.ApplicationRequest;
import se.psi.adapters.web.json.MembershipJson.CompletionRequest;
import se.psi.adapters.web.json.PageJson;
import se.psi.adapters.web.json.ReceiptJson.ReplayJson;
import se.psi.adapters.web.json.ReceiptJson.WhatIfJson;
import se.psi.adapters.web.json.ReceiptJson.WhatIfRequest;
import se.psi.core.PsiCore;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.CompleteMembershipApplicationCommand;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.FindMembershipApplicationsQuery;
import se.psi.core.membership.port.in.FindMembershipApplicationsUseCase;
import se.psi.core.membership.port.in.GetMembershipApplicationUseCase;
import se.psi.core.membership.port.in.MembershipApplicationQuery;
import se.psi.core.membership.port.in.ReplayMembershipDecisionQuery;
import se.psi.core.membership.port.in.ReplayMembershipDecisionUseCase;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsQuery;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.rules.Replay;
import se.psi.core.shared.Page;

/** MEM-3: organisations apply to join; the working committee decides, with an explanation. */
@Path("/api/v1/membership-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "membership", description = "Applying to join the partnership and the committee's decision (MEM)")
public final class MembershipApplicationsResource {

  /** A page of applications, for the OpenAPI document. */
  public static final class ApplicationPage extends PageJsonSchema<ApplicationJson> {}

  private final PsiCore core;
  private final Call call;
  private final WebLimits limits;

  public MembershipApplicationsResource(PsiCore core, WebLimits limits, Call call) {
    this.call = call;
    this.core = core;
    this.limits = limits;
  }

  @GET
  @Operation(operationId = "findMembershipApplications",
      summary = "List applications, oldest submitted first, a page at a time (MEM-3)",
      description = "For the working committee and administrators: status SUBMITTED is the committee's queue.",
      responses = @ApiResponse(responseCode = "200", description = "One page",
          content = @Content(schema = @Schema(implementation = ApplicationPage.class))))
  public Response find(
      @Parameter(description = "Only this status", schema = @Schema(implementation = ApplicationStatus.class))
      @QueryParam("status") String status,
      @BeanParam Paging paging) {
    Texts texts = call.texts();
    FindMembershipApplicationsQuery query = new FindMembershipApplicationsQuery(call.actor(),
        Parameters.enumOf(ApplicationStatus.class, "status", status, texts),
        paging.offset(), paging.limit(limits));
    Page<MembershipApplication> page = call.answer(core.useCase(FindMembershipApplicationsUseCase.class)
        .findMembershipApplications(query));
    return call.ok(PageJson.of(page, application -> ApplicationJson.of(application, texts)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.ApplyForMembershipCommand.class)
  @Operation(operationId = "applyForMembership", summary = "Apply to join (MEM-3)",
      description = "An organisation's administrator applies. What is missing may be completed later.",
      responses = @ApiResponse(responseCode = "201", description = "Submitted",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response apply(ApplicationRequest request) {
    Texts texts = call.texts();
    ApplicationRequest body = call.body(request);
    MembershipApplication application = call.answer(core.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(new ApplyForMembershipCommand(call.actor(), body.organisation(),
            body.boardDecision(), body.contactPerson(), body.politicalAssembly(), body.engagement())));
    return call.createdAt(application.id(), ApplicationJson.of(application, texts), application.version());
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getMembershipApplication", summary = "Read an application",
      description = "For its applicant, the working committee and administrators; to anyone else it does not exist.",
      responses = @ApiResponse(responseCode = "200", description = "The application",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response get(@PathParam("id") IdParam.AsText id) {
    Texts texts = call.texts();
    MembershipApplication application = read(id.value());
    return call.ok(ApplicationJson.of(application, texts), application.version());
  }

  @POST
  @Path("{id}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.CompleteMembershipApplicationCommand.class)
  @Operation(operationId = "completeMembershipApplication", summary = "Add what an application lacked",
      responses = @ApiResponse(responseCode = "200", description = "Completed",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response complete(@PathParam("id") IdParam.AsText id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      CompletionRequest request) {
    Texts texts = call.texts();
    UUID applicationId = id.value();
    long expected = call.version(ifMatch);
    CompletionRequest body = call.body(request);
    MembershipApplication application = call.answer(core.useCase(
        CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
            new CompleteMembershipApplicationCommand(call.actor(), applicationId, body.boardDecision(),
                body.contactPerson(), body.politicalAssembly(), expected)));
    return call.ok(ApplicationJson.of(application, texts), application.version());
  }

  @POST
  @Path("{id}/decision")
  @Operation(operationId = "decideMembership", summary = "The working committee decides (MEM-3)",
      description = "Admitted, incomplete (naming exactly what is missing) or refused, under today's ruleset; the "
          + "latest decision carries its explanation.",
      responses = @ApiResponse(responseCode = "200", description = "Decided",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response decide(@PathParam("id") IdParam.AsText id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    Texts texts = call.texts();
    UUID applicationId = id.value();
    long expected = call.version(ifMatch);
    MembershipApplication application = call.answer(core.useCase(
        DecideMembershipUseCase.class).decideMembership(new DecideMembershipCommand(call.actor(),
            applicationId, expected)));
    return call.ok(ApplicationJson.of(application, texts), application.version());
  }

  @GET
  @Path("{id}/decisions/{n}/replay")
  @Operation(operationId = "replayMembershipDecision",
      summary = "Evaluate a stored decision again from its receipt (MEM-3)",
      description = "The n-th decision on the application (from 1), evaluated by today's rules from its receipt"
          + " alone: the facts and the ruleset as they stood on the decision date, never the application as it"
          + " stands now. Says whether the outcome and verdicts are the same, with both explanations, whether the"
          + " receipt's hashes still match, and the whole receipt. A GET: it changes nothing, and a decision"
          + " letter can link to it. For the applicant, the working committee and administrators; a decision"
          + " taken before receipts were kept is answered 409.",
      responses = @ApiResponse(responseCode = "200", description = "The replay",
          content = @Content(schema = @Schema(implementation = ReplayJson.class))))
  public Response replay(@PathParam("id") IdParam.AsText id,
      @Parameter(description = "The decision's number on the application, from 1",
          schema = @Schema(type = "integer", minimum = "1")) @PathParam("n") String n) {
    Texts texts = call.texts();
    Replay replay = call.answer(core.useCase(ReplayMembershipDecisionUseCase.class).replayMembershipDecision(
        new ReplayMembershipDecisionQuery(call.actor(), id.value(), decisionNumber(n, texts))));
    return call.ok(ReplayJson.of(replay, texts));
  }

  @POST
  @Path("decisions/what-if")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(WhatIfMembershipDecisionsQuery.class)
  @Operation(operationId = "whatIfMembershipDecisions",
      summary = "Weigh a proposed ruleset against the decisions of a period (MEM-1..6)",
      description = "The working committee's what-if: every membership decision taken from `from` to `to` is"
          + " evaluated again from its receipt under the proposal (a registered ruleset by version, parameters"
          + " changed by name, or both), and each whose outcome or verdicts would differ is listed with both"
          + " explanations. Nothing is changed; a POST because the proposal is a body, as with"
          + " POST /api/v1/rulesets/check. A proposal that does not read is answered 422 with every problem.",
      responses = @ApiResponse(responseCode = "200", description = "What would differ",
          content = @Content(schema = @Schema(implementation = WhatIfJson.class))))
  public Response whatIf(WhatIfRequest request) {
    Texts texts = call.texts();
    WhatIfRequest body = call.body(request);
    MembershipWhatIf whatIf = call.answer(core.useCase(WhatIfMembershipDecisionsUseCase.class)
        .whatIfMembershipDecisions(new WhatIfMembershipDecisionsQuery(call.actor(), body.from(), body.to(),
            body.rulesetVersion(), body.changedParameters(), body.limit())));
    return call.ok(WhatIfJson.of(whatIf, texts));
  }

  /** A decision's number in a path: one that is not a whole number from 1 names no decision, so 404. */
  private int decisionNumber(String raw, Texts texts) {
    try {
      int number = Integer.parseInt(raw);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the 404 below
    }
    throw se.psi.adapters.web.problem.Problems.exception(se.psi.adapters.web.problem.ProblemType.NOT_FOUND, texts,
        "detail.notFoundPath", "decisions/" + raw);
  }

  private MembershipApplication read(UUID id) {
    return call.answer(core.useCase(GetMembershipApplicationUseCase.class)
        .getMembershipApplication(new MembershipApplicationQuery(call.actor(), id)));
  }
}
