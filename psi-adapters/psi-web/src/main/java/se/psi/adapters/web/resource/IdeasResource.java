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
import se.psi.adapters.web.json.CaseJson.IdeaRequest;
import se.psi.adapters.web.json.CaseJson.IdeaStatusView;
import se.psi.adapters.web.json.CaseJson.IdeaView;
import se.psi.adapters.web.json.CaseJson.TriageRequest;
import se.psi.core.PsiCore;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.port.in.EraseIdeaContactCommand;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.in.FindIdeasQuery;
import se.psi.core.idea.port.in.FindIdeasUseCase;
import se.psi.core.idea.port.in.FollowIdeaQuery;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.IdeaQuery;
import se.psi.core.idea.port.in.SubmitIdeaCommand;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.in.TriageIdeaCommand;
import se.psi.core.idea.port.in.TriageIdeaUseCase;

/** Ideas from anyone, followed by a receipt, triaged by the committee or the advisory team (IDE-1, IDE-2). */
@Path("/api/v1/ideas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ideas", description = "Ideas for social innovation, their receipts and triage (IDE)")
public final class IdeasResource {

  private final PsiCore core;
  private final Call call;

  public IdeasResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @POST
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(SubmitIdeaCommand.class)
  @Operation(operationId = "submitIdea", summary = "Submit an idea (IDE-1)",
      description = "Anyone may; the answer's receipt is how the submitter follows it.",
      responses = @ApiResponse(responseCode = "201", description = "Received",
          content = @Content(schema = @Schema(implementation = IdeaStatusView.class))))
  public Response submit(IdeaRequest request) {
    IdeaRequest body = call.body(request);
    Idea idea = call.answer(core.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(
        call.actor(), body.source(), body.organisation(), body.contact(), body.challenge(),
        body.description(), body.municipality(), body.channel(), body.channelledBy())));
    return call.created(new IdeaStatusView(idea.receipt(), idea.submittedOn(), null), idea.version());
  }

  @GET
  @Path("receipts/{receipt}")
  @Public
  @Operation(operationId = "followIdea", summary = "Follow an idea by its receipt (IDE-1)",
      responses = @ApiResponse(responseCode = "200", description = "Its status",
          content = @Content(schema = @Schema(implementation = IdeaStatusView.class))))
  public Response follow(@PathParam("receipt") String receipt) {
    return call.ok(IdeaStatusView.of(call.answer(core.useCase(FollowIdeaUseCase.class).followIdea(
        new FollowIdeaQuery(call.actor(), receipt)))));
  }

  @GET
  @Operation(operationId = "findIdeas", summary = "The ideas, for those who triage them",
      responses = @ApiResponse(responseCode = "200", description = "The ideas",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = IdeaView.class)))))
  public Response all() {
    List<Idea> ideas = call.answer(core.useCase(FindIdeasUseCase.class).findIdeas(
        new FindIdeasQuery(call.actor())));
    return call.ok(ideas.stream().map(IdeaView::of).toList());
  }

  @POST
  @Path("{id}/triage")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(TriageIdeaCommand.class)
  @Operation(operationId = "triageIdea", summary = "Decide where an idea goes (IDE-2)",
      responses = @ApiResponse(responseCode = "200", description = "The idea, triaged",
          content = @Content(schema = @Schema(implementation = IdeaView.class))))
  public Response triage(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, TriageRequest request) {
    UUID ideaId = id.value();
    long expected = call.version(ifMatch);
    TriageRequest body = call.body(request);
    Idea idea = call.answer(core.useCase(TriageIdeaUseCase.class)
        .triageIdea(new TriageIdeaCommand(call.actor(), ideaId, body.outcome(), body.note(), expected)));
    return call.ok(IdeaView.of(idea), idea.version());
  }

  @POST
  @Path("{id}/contact-erasure")
  @Operation(operationId = "eraseIdeaContact", summary = "Erase the idea's contact (personal data)",
      description = "If-Match is optional: an erasure does not depend on what the caller read. Erasing again answers "
          + "as the first erasure did and changes nothing.",
      responses = @ApiResponse(responseCode = "200", description = "The idea without its contact",
          content = @Content(schema = @Schema(implementation = IdeaView.class))))
  public Response erase(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    UUID ideaId = id.value();
    Long expected = call.versionIfAny(ifMatch);
    Idea idea = call.answer(core.useCase(EraseIdeaContactUseCase.class)
        .eraseIdeaContact(new EraseIdeaContactCommand(call.actor(), ideaId, expected)));
    return call.ok(IdeaView.of(idea), idea.version());
  }
}
