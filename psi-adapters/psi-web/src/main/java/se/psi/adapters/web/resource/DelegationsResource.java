package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.GrantJson.DelegationJson;
import se.psi.adapters.web.json.GrantJson.DelegationRequest;
import se.psi.adapters.web.json.GrantJson.RevocationRequest;
import se.psi.core.grant.port.in.FindDelegationsUseCase;
import se.psi.core.grant.port.in.GrantRegisterQuery;
import se.psi.core.grant.port.in.RevokeDelegationCommand;
import se.psi.core.grant.port.in.RevokeDelegationUseCase;
import se.psi.adapters.web.json.GrantJson.GrantApplicationJson;
import se.psi.adapters.web.json.GrantJson.GrantedProjectJson;
import se.psi.adapters.web.json.GrantJson.SchemeJson;
import se.psi.adapters.web.json.GrantJson.SchemeRequest;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.GrantPeriodQuery;
import se.psi.core.grant.port.in.OpenGrantSchemeCommand;
import se.psi.core.grant.port.in.FindGrantSchemesUseCase;
import se.psi.core.grant.port.in.FindGrantedProjectsUseCase;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.ReportDelegatedDecisionsUseCase;

/** Delegations to decide grants, their register and revocation, and the decisions taken on them (GRA-5, GRA-14). */
@Path("/api/v1/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants")
public final class DelegationsResource {

  private final PsiCore core;
  private final Call call;

  public DelegationsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.RegisterDelegationCommand.class)
  @Operation(operationId = "registerDelegation", summary = "Register a delegation to decide grants (GRA-5)",
      responses = @ApiResponse(responseCode = "201", description = "Registered",
          content = @Content(schema = @Schema(implementation = DelegationJson.class))))
  public Response delegate(DelegationRequest request) {
    DelegationRequest body = call.body(request);
    Delegation delegation = call.answer(core.useCase(RegisterDelegationUseCase.class).registerDelegation(
        new RegisterDelegationCommand(call.actor(), body.delegate(), body.position(), body.fromCommittee(),
            body.validFrom(), body.validUntil(), body.schemeYears() == null ? List.of() : body.schemeYears(),
            body.ceilingKronor())));
    return call.created(DelegationJson.of(delegation), delegation.version());
  }

  @GET
  @Operation(operationId = "findDelegations", summary = "The delegation register, in force or not (GRA-14)",
      responses = @ApiResponse(responseCode = "200", description = "Every delegation, by first day",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = DelegationJson.class)))))
  public Response findDelegations() {
    return call.ok(call.answer(core.useCase(FindDelegationsUseCase.class).findDelegations(
        new GrantRegisterQuery(call.actor()))).stream().map(DelegationJson::of).toList());
  }

  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.RevokeDelegationCommand.class)
  @Operation(operationId = "revokeDelegation", summary = "Revoke a delegation from a day (GRA-14)",
      responses = @ApiResponse(responseCode = "200", description = "The delegation, revoked",
          content = @Content(schema = @Schema(implementation = DelegationJson.class))))
  public Response revoke(@PathParam("id") IdParam id, @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch,
      RevocationRequest request) {
    long expected = call.version(ifMatch);
    RevocationRequest body = call.body(request);
    Delegation revoked = call.answer(core.useCase(RevokeDelegationUseCase.class).revokeDelegation(
        new RevokeDelegationCommand(call.actor(), id.value(), body.revokedOn(), body.reason(), expected)));
    return call.ok(DelegationJson.of(revoked), revoked.version());
  }

  @GET
  @Path("decisions")
  @Operation(operationId = "reportDelegatedDecisions",
      summary = "The decisions taken on delegation in a period (anmälan av delegationsbeslut)",
      responses = @ApiResponse(responseCode = "200", description = "The decided applications",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = GrantApplicationJson.class)))))
  public Response delegatedDecisions(
      @Parameter(description = "First day, YYYY-MM-DD; default 1 January this year",
          schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
      @Parameter(description = "Last day, YYYY-MM-DD; default 31 December this year",
          schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
    Texts texts = call.texts();
    return call.ok(call.answer(core.useCase(ReportDelegatedDecisionsUseCase.class)
        .reportDelegatedDecisions(period(from, to, texts))).stream()
        .map(a -> GrantApplicationJson.of(a, texts)).toList());
  }

  private GrantPeriodQuery period(String from, String to, Texts texts) {
    return Parameters.grantPeriod(core, call.actor(), from, to, texts);
  }
}
