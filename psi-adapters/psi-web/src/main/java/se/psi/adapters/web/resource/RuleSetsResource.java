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
import se.psi.adapters.web.form.CommandForm;
import se.psi.adapters.web.json.RuleSetCheckJson.RuleSetProposalRequest;
import se.psi.adapters.web.json.RuleSetCheckJson.RuleSetReportJson;
import se.psi.adapters.web.json.RuleSetJson;
import se.psi.core.PsiCore;
import se.psi.core.rules.RuleSet;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckProposedRuleSetsUseCase;
import se.psi.core.rulesets.port.in.CheckRuleSetsQuery;
import se.psi.core.rulesets.port.in.CheckRuleSetsUseCase;
import se.psi.core.rulesets.port.in.GetRuleSetInForceUseCase;
import se.psi.core.rulesets.port.in.GetTodayUseCase;
import se.psi.core.rulesets.port.in.ListRuleSetsUseCase;
import se.psi.core.rulesets.port.in.RuleSetReport;

/**
 * Which rules are in force: public, as the partnership's rules are; and the checks of the rulesets, on the core's
 * own (public) and on a proposed list (the working committee and administrators).
 */
@Path("/api/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rulesets", description = "The rulesets, one per period (RULESET)")
public final class RuleSetsResource {

  private final PsiCore core;
  private final Call call;

  public RuleSetsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "listRuleSets", summary = "Every ruleset, oldest first",
      responses = @ApiResponse(responseCode = "200", description = "The rulesets",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = RuleSetJson.class)))))
  public Response all() {
    return call.ok(core.useCase(ListRuleSetsUseCase.class).listRuleSets().stream().map(RuleSetJson::of).toList());
  }

  @GET
  @Path("in-force")
  @Public
  @Operation(operationId = "ruleSetInForce", summary = "The ruleset in force on a date (today by default)",
      responses = @ApiResponse(responseCode = "200", description = "The ruleset",
          content = @Content(schema = @Schema(implementation = RuleSetJson.class))))
  public Response inForce(@Parameter(description = "YYYY-MM-DD", schema = @Schema(type = "string", format = "date"))
      @QueryParam("date") String date) {
    Texts texts = call.texts();
    LocalDate on = Parameters.date("date", date, core.useCase(GetTodayUseCase.class).today(), texts);
    RuleSet ruleSet = call.answer(core.useCase(GetRuleSetInForceUseCase.class).ruleSetInForceOn(on));
    return call.ok(RuleSetJson.of(ruleSet));
  }

  @GET
  @Path("check")
  @Public
  @Operation(operationId = "checkRuleSets",
      summary = "The rulesets, the days they cover and what their checks find (RULESETS)",
      description = "The latest ruleset stays in force until a later one replaces it, so the coverage runs on from the"
          + " first day unless the partnership is declared to end. The rulesets were checked when they were"
          + " registered, so the findings are empty.",
      responses = @ApiResponse(responseCode = "200", description = "The report",
          content = @Content(schema = @Schema(implementation = RuleSetReportJson.class))))
  public Response check() {
    Texts texts = call.texts();
    RuleSetReport report = call.answer(core.useCase(CheckRuleSetsUseCase.class)
        .checkRuleSets(new CheckRuleSetsQuery(call.actor())));
    return call.ok(RuleSetReportJson.of(report, texts));
  }

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(CheckProposedRuleSetsQuery.class)
  @Operation(operationId = "checkProposedRuleSets",
      summary = "Check a proposed list of rulesets without registering it (RULESETS)",
      description = "The whole list as it would be registered, each ruleset with the fields GET /api/v1/rulesets"
          + " lists. Every problem is answered at once with 422: the shape of each field, then overlaps and"
          + " rulesets of another partnership (RULESET-1), gaps (RULESET-3), an end (RULESET-4) and contradicting"
          + " parameters (RULESET-5), each with its field in the list, e.g. rulesets[2].validUntil.",
      responses = @ApiResponse(responseCode = "200", description = "The proposal holds: its report",
          content = @Content(schema = @Schema(implementation = RuleSetReportJson.class))))
  public Response checkProposal(RuleSetProposalRequest request) {
    Texts texts = call.texts();
    RuleSetProposalRequest body = call.body(request);
    RuleSetReport report = call.answer(core.useCase(CheckProposedRuleSetsUseCase.class).checkProposedRuleSets(
        new CheckProposedRuleSetsQuery(call.actor(), body.rulesets(), body.partnershipEnds())));
    return call.ok(RuleSetReportJson.of(report, texts));
  }
}
