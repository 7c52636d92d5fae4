package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.RuleSetJson;
import se.psi.core.PsiCore;
import se.psi.core.rules.RuleSet;
import se.psi.core.usecase.RulesInForce;

/** Which rules are in force: public, as the partnership's rules are. */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rulesets", description = "The rulesets, one per period (RULESET)")
public final class RuleSetsResource {

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;

  public RuleSetsResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "listRuleSets", summary = "Every ruleset, oldest first",
      responses = @ApiResponse(responseCode = "200", description = "The rulesets",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = RuleSetJson.class)))))
  public Response all() {
    Texts texts = Texts.of(headers);
    return Answers.ok(core.useCase(RulesInForce.class).registry().all().stream().map(RuleSetJson::of).toList(),
        texts);
  }

  @GET
  @Path("in-force")
  @Public
  @Operation(operationId = "ruleSetInForce", summary = "The ruleset in force on a date (today by default)",
      responses = @ApiResponse(responseCode = "200", description = "The ruleset",
          content = @Content(schema = @Schema(implementation = RuleSetJson.class))))
  public Response inForce(@Parameter(description = "YYYY-MM-DD", schema = @Schema(type = "string", format = "date"))
      @QueryParam("date") String date) {
    Texts texts = Texts.of(headers);
    RulesInForce rules = core.useCase(RulesInForce.class);
    LocalDate on = Parameters.date("date", date, rules.today(), texts);
    RuleSet ruleSet = Answers.orProblem(rules.on(on), texts, caller);
    return Answers.ok(RuleSetJson.of(ruleSet), texts);
  }
}
