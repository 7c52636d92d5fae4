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

/** The granted projects, as the partnership publishes them (GRA-8). */
@Path("/api/v1/granted-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants")
public final class GrantedProjectsResource {

  private final PsiCore core;
  private final Call call;

  public GrantedProjectsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findGrantedProjects", summary = "The projects granted in a period, as published",
      responses = @ApiResponse(responseCode = "200", description = "The granted projects",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = GrantedProjectJson.class)))))
  public Response grantedProjects(
      @Parameter(description = "First day, YYYY-MM-DD; default 1 January this year",
          schema = @Schema(type = "string", format = "date")) @QueryParam("from") String from,
      @Parameter(description = "Last day, YYYY-MM-DD; default 31 December this year",
          schema = @Schema(type = "string", format = "date")) @QueryParam("to") String to) {
    Texts texts = call.texts();
    return call.ok(call.answer(core.useCase(FindGrantedProjectsUseCase.class)
        .findGrantedProjects(period(from, to, texts))).stream().map(GrantedProjectJson::of)
        .toList());
  }

  private GrantPeriodQuery period(String from, String to, Texts texts) {
    return Parameters.grantPeriod(core, call.actor(), from, to, texts);
  }
}
