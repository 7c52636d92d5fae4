package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.RuleJson;
import se.psi.core.PsiCore;
import se.psi.core.rulesets.port.in.ListRulesUseCase;

/** Every rule the library knows, in words: public, as the partnership's rules are. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rules", description = "The rules, each with its statement and source")
public final class RulesResource {

  private final PsiCore core;
  private final Call call;

  public RulesResource(PsiCore core, Call call) {
    this.core = core;
    this.call = call;
  }

  @GET
  @Public
  @Operation(operationId = "listRules",
      summary = "Every rule, with what it says, where it comes from and the ruleset parameters it reads",
      description = "In the order of the domain's rule families (MEM, CON, AU, MTG, ACT, DOC, PRI, GRA, IDE, ADV,"
          + " PRJ, RULESET), in the caller's language (Accept-Language: Swedish, or English). A rule the model"
          + " holds by its shape rather than evaluates says what holds it (heldBy).",
      responses = @ApiResponse(responseCode = "200", description = "The rules",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = RuleJson.class)))))
  public Response all() {
    Texts texts = call.texts();
    return call.ok(core.useCase(ListRulesUseCase.class).listRules(texts.locale()).stream()
        .map(rule -> RuleJson.of(rule, texts)).toList());
  }
}
