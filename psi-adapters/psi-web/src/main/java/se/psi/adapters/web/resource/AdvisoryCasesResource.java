package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.json.CaseJson.AdvisoryCaseRequest;
import se.psi.adapters.web.json.CaseJson.AdvisoryCaseView;
import se.psi.adapters.web.json.CaseJson.OutcomeRequest;
import se.psi.core.PsiCore;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.AdvisoryCaseQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesQuery;
import se.psi.core.advisory.port.in.FindAdvisoryCasesUseCase;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.OpenAdvisoryCaseUseCase;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeCommand;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeUseCase;

/** The advisory team's cases: who was advised, on what, and what came of it (ADV-1, ADV-2). */
@Path("/api/v1/advisory-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "advisory", description = "Advisory cases of the advisory team (ADV)")
public final class AdvisoryCasesResource {

  private final PsiCore core;
  private final Call call;

  public AdvisoryCasesResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Operation(operationId = "findAdvisoryCases", summary = "The advisory cases",
      responses = @ApiResponse(responseCode = "200", description = "The cases",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = AdvisoryCaseView.class)))))
  public Response all() {
    Texts texts = call.texts();
    List<AdvisoryCase> cases = call.answer(core.useCase(FindAdvisoryCasesUseCase.class).findAdvisoryCases(
        new FindAdvisoryCasesQuery(call.actor())));
    return call.ok(cases.stream().map(c -> AdvisoryCaseView.of(c, texts)).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(OpenAdvisoryCaseCommand.class)
  @Operation(operationId = "openAdvisoryCase", summary = "Open an advisory case (ADV-1)",
      description = "The answer explains whether the organisation is of a kind the team advises.",
      responses = @ApiResponse(responseCode = "201", description = "Opened",
          content = @Content(schema = @Schema(implementation = AdvisoryCaseView.class))))
  public Response open(AdvisoryCaseRequest request) {
    Texts texts = call.texts();
    AdvisoryCaseRequest body = call.body(request);
    AdvisoryCase opened = call.answer(core.useCase(OpenAdvisoryCaseUseCase.class).openAdvisoryCase(
        new OpenAdvisoryCaseCommand(call.actor(), body.organisationName(), body.organisationNumber(),
            body.organisationKind(), body.idea(), body.challenge(), body.fromIdea(), body.referredFrom(),
            body.advisers() == null ? List.of() : body.advisers())));
    return call.created(AdvisoryCaseView.of(opened, texts), opened.version());
  }

  @POST
  @Path("{id}/outcomes")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(RecordAdvisoryOutcomeCommand.class)
  @Operation(operationId = "recordAdvisoryOutcome", summary = "Record what came of the advice (ADV-2)",
      responses = @ApiResponse(responseCode = "200", description = "The case with the outcome",
          content = @Content(schema = @Schema(implementation = AdvisoryCaseView.class))))
  public Response outcome(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, OutcomeRequest request) {
    Texts texts = call.texts();
    UUID caseId = id.value();
    long expected = call.version(ifMatch);
    OutcomeRequest body = call.body(request);
    AdvisoryCase advisory = call.answer(core.useCase(
        RecordAdvisoryOutcomeUseCase.class).recordAdvisoryOutcome(new RecordAdvisoryOutcomeCommand(call.actor(), caseId,
            body.kind(), body.note(), body.referral(), body.close(), expected)));
    return call.ok(AdvisoryCaseView.of(advisory, texts), advisory.version());
  }
}
