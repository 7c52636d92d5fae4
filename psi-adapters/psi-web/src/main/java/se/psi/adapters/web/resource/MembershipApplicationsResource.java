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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.http.Versions;
import se.psi.adapters.web.json.MembershipJson.ApplicationJson;
import se.psi.adapters.web.json.MembershipJson.ApplicationRequest;
import se.psi.adapters.web.json.MembershipJson.CompletionRequest;
import se.psi.adapters.web.json.PageJson;
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
import se.psi.core.shared.Page;

/** MEM-3: organisations apply to join; the working committee decides, with an explanation. */
@Path("/api/v1/membership-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "membership", description = "Applying to join the partnership and the committee's decision (MEM)")
public final class MembershipApplicationsResource {

  /** A page of applications, for the OpenAPI document. */
  public static final class ApplicationPage extends PageJsonSchema<ApplicationJson> {}

  private final PsiCore core;
  private final WebLimits limits;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public MembershipApplicationsResource(PsiCore core, WebLimits limits) {
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
      @Parameter(description = "How many to skip", schema = @Schema(type = "integer", minimum = "0"))
      @QueryParam("offset") String offset,
      @Parameter(description = "Page size, at most the server's limit (100 by default)",
          schema = @Schema(type = "integer", minimum = "1", defaultValue = "20"))
      @QueryParam("limit") String limit) {
    Texts texts = Texts.of(headers);
    FindMembershipApplicationsQuery query = new FindMembershipApplicationsQuery(Caller.actorOf(caller),
        Parameters.enumOf(ApplicationStatus.class, "status", status, texts),
        Parameters.offset(offset, texts), Parameters.pageSize(limit, limits, texts));
    Page<MembershipApplication> page = Answers.orProblem(core.useCase(FindMembershipApplicationsUseCase.class)
        .findMembershipApplications(query), texts, caller);
    return Answers.ok(PageJson.of(page, application -> ApplicationJson.of(application, texts)), texts);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.ApplyForMembershipCommand.class)
  @Operation(operationId = "applyForMembership", summary = "Apply to join (MEM-3)",
      description = "An organisation's administrator applies. What is missing may be completed later.",
      responses = @ApiResponse(responseCode = "201", description = "Submitted",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response apply(ApplicationRequest request) {
    Texts texts = Texts.of(headers);
    ApplicationRequest body = Answers.required(request, texts);
    MembershipApplication application = Answers.orProblem(core.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(new ApplyForMembershipCommand(Caller.actorOf(caller), body.organisation(),
            body.boardDecision(), body.contactPerson(), body.politicalAssembly(), body.engagement())), texts, caller);
    return Response.created(uri.getAbsolutePathBuilder().path(application.id().toString()).build())
        .entity(ApplicationJson.of(application, texts)).tag(Versions.etag(application.version()))
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getMembershipApplication", summary = "Read an application",
      description = "For its applicant, the working committee and administrators; to anyone else it does not exist.",
      responses = @ApiResponse(responseCode = "200", description = "The application",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response get(@PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    MembershipApplication application = read(Answers.id(id, texts, uri.getPath()), texts);
    return Answers.ok(ApplicationJson.of(application, texts), application.version(), texts);
  }

  @POST
  @Path("{id}/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.CompleteMembershipApplicationCommand.class)
  @Operation(operationId = "completeMembershipApplication", summary = "Add what an application lacked",
      responses = @ApiResponse(responseCode = "200", description = "Completed",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response complete(@PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch,
      CompletionRequest request) {
    Texts texts = Texts.of(headers);
    UUID applicationId = Answers.id(id, texts, uri.getPath());
    long current = read(applicationId, texts).version();
    CompletionRequest body = Answers.required(request, texts);
    MembershipApplication application = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
            new CompleteMembershipApplicationCommand(Caller.actorOf(caller), applicationId, body.boardDecision(),
                body.contactPerson(), body.politicalAssembly(), seen)));
    return Answers.ok(ApplicationJson.of(application, texts), application.version(), texts);
  }

  @POST
  @Path("{id}/decision")
  @Operation(operationId = "decideMembership", summary = "The working committee decides (MEM-3)",
      description = "Admitted, incomplete (naming exactly what is missing) or refused, under today's ruleset; the "
          + "latest decision carries its explanation.",
      responses = @ApiResponse(responseCode = "200", description = "Decided",
          content = @Content(schema = @Schema(implementation = ApplicationJson.class))))
  public Response decide(@PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true) @HeaderParam("If-Match") String ifMatch) {
    Texts texts = Texts.of(headers);
    UUID applicationId = Answers.id(id, texts, uri.getPath());
    long current = read(applicationId, texts).version();
    MembershipApplication application = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        DecideMembershipUseCase.class).decideMembership(new DecideMembershipCommand(Caller.actorOf(caller),
            applicationId, seen)));
    return Answers.ok(ApplicationJson.of(application, texts), application.version(), texts);
  }

  private MembershipApplication read(UUID id, Texts texts) {
    return Answers.orProblem(core.useCase(GetMembershipApplicationUseCase.class)
        .getMembershipApplication(new MembershipApplicationQuery(Caller.actorOf(caller), id)), texts, caller);
  }
}
