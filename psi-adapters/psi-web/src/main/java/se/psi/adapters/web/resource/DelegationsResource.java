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

/** Delegations to decide grants, and the decisions taken on them (GRA-5). */
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
            body.validFrom(), body.validUntil())));
    return call.created(DelegationJson.of(delegation), delegation.version());
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
