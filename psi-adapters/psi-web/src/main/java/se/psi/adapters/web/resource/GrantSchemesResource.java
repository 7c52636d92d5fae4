package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
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

/** The yearly grant schemes (GRA-1). */
@Path("/api/v1/grant-schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants")
public final class GrantSchemesResource {

  private final PsiCore core;
  private final Call call;

  public GrantSchemesResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findGrantSchemes", summary = "The grant schemes, year by year (GRA-1)",
      responses = @ApiResponse(responseCode = "200", description = "The schemes",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = SchemeJson.class)))))
  public Response schemes() {
    return call.ok(call.answer(core.useCase(FindGrantSchemesUseCase.class)
        .findGrantSchemes(call.actor())).stream().map(SchemeJson::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.grant.port.in.OpenGrantSchemeCommand.class)
  @Operation(operationId = "openGrantScheme", summary = "Open a year's scheme (GRA-1)",
      responses = @ApiResponse(responseCode = "201", description = "Opened",
          content = @Content(schema = @Schema(implementation = SchemeJson.class))))
  public Response open(SchemeRequest request) {
    SchemeRequest body = call.body(request);
    GrantScheme scheme = call.answer(core.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(
        new OpenGrantSchemeCommand(call.actor(), body.year(), body.appropriationKronor(), body.minimumKronor(),
            body.maximumKronor(), body.guidelines())));
    return call.created(SchemeJson.of(scheme), scheme.version());
  }

}
