package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.json.MembershipJson.EngagementRequest;
import se.psi.adapters.web.json.MembershipJson.PartnerJson;
import se.psi.adapters.web.json.MembershipJson.RenewalRequest;
import se.psi.adapters.web.json.PageJson;
import se.psi.core.PsiCore;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.membership.port.in.GetPartnerUseCase;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.RecordEngagementCommand;
import se.psi.core.membership.port.in.RecordEngagementUseCase;
import se.psi.core.membership.port.in.RenewAgreementCommand;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.shared.Page;
import se.psi.core.shared.Sector;

/**
 * The partnership's parties: public to read; a partner withdraws itself (MEM-7); the committee renews agreements and
 * records those that ran out (MEM-8).
 */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "partners", description = "The partners, their sectors and status (MEM)")
public final class PartnersResource {

  /** The listing's page, as the OpenAPI document names it. */
  public static final class PartnerPage extends PageJsonSchema<PartnerJson> {}

  private final PsiCore core;
  private final WebLimits limits;
  private final Call call;

  public PartnersResource(PsiCore core, WebLimits limits, Call call) {
    this.core = core;
    this.limits = limits;
    this.call = call;
  }

  @GET
  @Public
  @Operation(operationId = "findPartners", summary = "List partners, by name, a page at a time",
      responses = @ApiResponse(responseCode = "200", description = "One page",
          content = @Content(schema = @Schema(implementation = PartnerPage.class))))
  public Response find(
      @Parameter(description = "Only this sector", schema = @Schema(implementation = Sector.class))
      @QueryParam("sector") String sector,
      @Parameter(description = "Only this status", schema = @Schema(implementation = PartnerStatus.class))
      @QueryParam("status") String status,
      @Parameter(description = "Only partners active today (MEM-7, MEM-8)", schema = @Schema(type = "boolean"))
      @QueryParam("activeToday") String activeToday,
      @BeanParam Paging paging) {
    Texts texts = call.texts();
    FindPartnersQuery query = new FindPartnersQuery(call.actor(),
        Parameters.enumOf(Sector.class, "sector", sector, texts),
        Parameters.enumOf(PartnerStatus.class, "status", status, texts),
        Parameters.bool("activeToday", activeToday, texts), paging.offset(), paging.limit(limits));
    Page<Partner> page = call.answer(core.useCase(FindPartnersUseCase.class).findPartners(query));
    return call.ok(PageJson.of(page, PartnerJson::of));
  }

  @GET
  @Path("{id}")
  @Public
  @Operation(operationId = "getPartner", summary = "Read a partner",
      responses = @ApiResponse(responseCode = "200", description = "The partner",
          content = @Content(schema = @Schema(implementation = PartnerJson.class))))
  public Response get(@PathParam("id") IdParam.AsText id) {
    Partner partner = call.answer(core.useCase(GetPartnerUseCase.class)
        .getPartner(new PartnerCommand(call.actor(), id.value(), null)));
    return call.ok(PartnerJson.of(partner), partner.version());
  }

  @POST
  @Path("{id}/withdrawal")
  @Operation(operationId = "withdrawFromPartnership", summary = "The partner leaves, at once (MEM-7)",
      description = "Never refused for the partnership's sake: a committee seat ends with it, even if that breaks "
          + "the civil-society majority (AU-3).",
      responses = @ApiResponse(responseCode = "200", description = "Withdrawn",
          content = @Content(schema = @Schema(implementation = PartnerJson.class))))
  public Response withdraw(@PathParam("id") IdParam.AsText id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    Partner partner = call.answer(core.useCase(WithdrawFromPartnershipUseCase.class)
        .withdrawFromPartnership(new PartnerCommand(call.actor(), id.value(), call.version(ifMatch))));
    return call.ok(PartnerJson.of(partner), partner.version());
  }

  @POST
  @Path("{id}/agreement-renewal")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.RenewAgreementCommand.class)
  @Operation(operationId = "renewAgreement", summary = "Renew the partner's agreement (MEM-8)",
      responses = @ApiResponse(responseCode = "200", description = "Renewed",
          content = @Content(schema = @Schema(implementation = PartnerJson.class))))
  public Response renew(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, RenewalRequest request) {
    UUID partnerId = id.value();
    long expected = call.version(ifMatch);
    LocalDate endsOn = request == null ? null : request.endsOn();
    Partner partner = call.answer(core.useCase(RenewAgreementUseCase.class)
        .renewAgreement(new RenewAgreementCommand(call.actor(), partnerId, endsOn, expected)));
    return call.ok(PartnerJson.of(partner), partner.version());
  }

  @POST
  @Path("agreement-ends")
  @Operation(operationId = "endExpiredAgreements",
      summary = "Record the ends of the agreements that ran out before today (MEM-8)",
      description = "A daily job: each partner whose agreement's last day has passed without renewal is no longer a "
          + "party; its committee seat and contact duties end with it (AU-3 applies to the committee). A second call "
          + "on the same day finds nothing.",
      responses = @ApiResponse(responseCode = "200", description = "The partners whose agreement ended",
          content = @Content(array = @ArraySchema(schema = @Schema(type = "string", format = "uuid")))))
  public Response endExpiredAgreements() {
    return call.ok(call.answer(core.useCase(EndExpiredAgreementsUseCase.class)
        .endExpiredAgreements(new EndExpiredAgreementsCommand(call.actor()))).stream().map(p -> p.value()).toList());
  }

  @POST
  @Path("{id}/engagement")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.membership.port.in.RecordEngagementCommand.class)
  @Operation(operationId = "recordEngagement", summary = "Record how much the partner takes part (MEM-9)",
      responses = @ApiResponse(responseCode = "200", description = "Recorded",
          content = @Content(schema = @Schema(implementation = PartnerJson.class))))
  public Response engagement(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, EngagementRequest request) {
    UUID partnerId = id.value();
    long expected = call.version(ifMatch);
    EngagementRequest body = call.body(request);
    Partner partner = call.answer(core.useCase(RecordEngagementUseCase.class)
        .recordEngagement(new RecordEngagementCommand(call.actor(), partnerId, body.level(), expected)));
    return call.ok(PartnerJson.of(partner), partner.version());
  }
}
