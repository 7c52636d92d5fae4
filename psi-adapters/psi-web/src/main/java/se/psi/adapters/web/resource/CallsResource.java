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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.json.ProjectJson.CallRequest;
import se.psi.adapters.web.json.ProjectJson.CallView;
import se.psi.adapters.web.json.ProjectJson.InterestRequest;
import se.psi.adapters.web.json.ProjectJson.InterestView;
import se.psi.core.PsiCore;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.in.FindCallsUseCase;
import se.psi.core.project.port.in.PublishCallCommand;
import se.psi.core.project.port.in.PublishCallUseCase;
import se.psi.core.project.port.in.RegisterThemeInterestCommand;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;

/** Funding calls and the themes partners want to hear of (PRJ-3). */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Funding calls, the project bank and projects (PRJ)")
public final class CallsResource {

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;

  public CallsResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findCalls", summary = "The published funding calls",
      responses = @ApiResponse(responseCode = "200", description = "The calls",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = CallView.class)))))
  public Response calls() {
    Texts texts = Texts.of(headers);
    return Answers.ok(Answers.orProblem(core.useCase(FindCallsUseCase.class).findCalls(Caller.actorOf(caller)), texts,
        caller).stream().map(CallView::of).toList(), texts);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(PublishCallCommand.class)
  @Operation(operationId = "publishCall", summary = "Publish a funding call (PRJ-3)",
      responses = @ApiResponse(responseCode = "201", description = "Published",
          content = @Content(schema = @Schema(implementation = CallView.class))))
  public Response publish(CallRequest request) {
    Texts texts = Texts.of(headers);
    CallRequest body = Answers.required(request, texts);
    FundingCall call = Answers.orProblem(core.useCase(PublishCallUseCase.class).publishCall(new PublishCallCommand(
        Caller.actorOf(caller), body.funder(), body.programme(), body.deadline(),
        body.themes() == null ? Set.of() : body.themes())), texts, caller);
    return Resources.created(CallView.of(call), call.version(), texts);
  }

  @PUT
  @Path("theme-interests")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(RegisterThemeInterestCommand.class)
  @Operation(operationId = "registerThemeInterest", summary = "A partner's themes of interest (PRJ-3)",
      description = "Replaces the partner's themes; an empty set asks to hear of no calls.",
      responses = @ApiResponse(responseCode = "200", description = "Registered",
          content = @Content(schema = @Schema(implementation = InterestView.class))))
  public Response interest(InterestRequest request) {
    Texts texts = Texts.of(headers);
    InterestRequest body = Answers.required(request, texts);
    ThemeInterest interest = Answers.orProblem(core.useCase(RegisterThemeInterestUseCase.class)
        .registerThemeInterest(new RegisterThemeInterestCommand(Caller.actorOf(caller), body.partnerId(),
            body.themes() == null ? Set.of() : body.themes())), texts, caller);
    return Answers.ok(InterestView.of(interest), interest.version(), texts);
  }
}
