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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.psi.adapters.web.json.GrantJson.SchemeSettingJson;
import se.psi.adapters.web.json.GrantJson.SchemeSettingRequest;
import se.psi.core.PsiCore;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.in.AddSchemeSettingUseCase;
import se.psi.core.grant.port.in.FindSchemeSettingsUseCase;
import se.psi.core.grant.port.in.GrantRegisterQuery;
import se.psi.core.grant.port.in.SchemeSettingCommand;

/**
 * The grant scheme's dated settings (GRA-11, GRA-12): the appeal information decisions carry and the periods of
 * prompt handling. Settings are added from a day, never changed.
 */
@Path("/api/v1/grant-scheme-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grants")
public final class SchemeSettingsResource {

  private final PsiCore core;
  private final Call call;

  public SchemeSettingsResource(PsiCore core, Call call) {
    this.core = core;
    this.call = call;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(SchemeSettingCommand.class)
  @Operation(operationId = "addSchemeSetting", summary = "Add a dated scheme setting (GRA-11, GRA-12)",
      responses = @ApiResponse(responseCode = "201", description = "Added",
          content = @Content(schema = @Schema(implementation = SchemeSettingJson.class))))
  public Response add(SchemeSettingRequest request) {
    SchemeSettingRequest body = call.body(request);
    SchemeSetting setting = call.answer(core.useCase(AddSchemeSettingUseCase.class).addSchemeSetting(
        new SchemeSettingCommand(call.actor(), body.validFrom(), body.appealRoute(), body.appealWithinWeeks(),
            body.appealTextSv(), body.appealTextEn(), body.undecidedAfterMonths(),
            body.requestAnsweredWithinWeeks())));
    return call.created(SchemeSettingJson.of(setting), setting.version());
  }

  @GET
  @Public
  @Operation(operationId = "findSchemeSettings", summary = "The scheme's dated settings, oldest first",
      responses = @ApiResponse(responseCode = "200", description = "Every setting",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = SchemeSettingJson.class)))))
  public Response find() {
    return call.ok(call.answer(core.useCase(FindSchemeSettingsUseCase.class).findSchemeSettings(
        new GrantRegisterQuery(call.actor()))).stream().map(SchemeSettingJson::of).toList());
  }
}
