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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
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
import se.psi.core.idea.port.in.GetIdeaUseCase;
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
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public IdeasResource(PsiCore core) {
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
    Texts texts = Texts.of(headers);
    IdeaRequest body = Answers.required(request, texts);
    Idea idea = Answers.orProblem(core.useCase(SubmitIdeaUseCase.class).submitIdea(new SubmitIdeaCommand(
        Caller.actorOf(caller), body.source(), body.organisation(), body.contact(), body.challenge(),
        body.description(), body.municipality(), body.channel(), body.channelledBy())), texts, caller);
    return Resources.created(new IdeaStatusView(idea.receipt(), idea.submittedOn(), null), idea.version(), texts);
  }

  @GET
  @Path("receipts/{receipt}")
  @Public
  @Operation(operationId = "followIdea", summary = "Follow an idea by its receipt (IDE-1)",
      responses = @ApiResponse(responseCode = "200", description = "Its status",
          content = @Content(schema = @Schema(implementation = IdeaStatusView.class))))
  public Response follow(@PathParam("receipt") String receipt) {
    Texts texts = Texts.of(headers);
    return Answers.ok(IdeaStatusView.of(Answers.orProblem(core.useCase(FollowIdeaUseCase.class).followIdea(
        new FollowIdeaQuery(Caller.actorOf(caller), receipt)), texts, caller)), texts);
  }

  @GET
  @Operation(operationId = "findIdeas", summary = "The ideas, for those who triage them",
      responses = @ApiResponse(responseCode = "200", description = "The ideas",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = IdeaView.class)))))
  public Response all() {
    Texts texts = Texts.of(headers);
    List<Idea> ideas = Answers.orProblem(core.useCase(FindIdeasUseCase.class).findIdeas(
        new FindIdeasQuery(Caller.actorOf(caller))), texts, caller);
    return Answers.ok(ideas.stream().map(IdeaView::of).toList(), texts);
  }

  @POST
  @Path("{id}/triage")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(TriageIdeaCommand.class)
  @Operation(operationId = "triageIdea", summary = "Decide where an idea goes (IDE-2)",
      responses = @ApiResponse(responseCode = "200", description = "The idea, triaged",
          content = @Content(schema = @Schema(implementation = IdeaView.class))))
  public Response triage(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, TriageRequest request) {
    Texts texts = Texts.of(headers);
    UUID ideaId = Answers.id(id, texts, uri.getPath());
    long current = read(ideaId, texts).version();
    TriageRequest body = Answers.required(request, texts);
    Idea idea = Resources.change(current, headers, texts, caller, seen -> core.useCase(TriageIdeaUseCase.class)
        .triageIdea(new TriageIdeaCommand(Caller.actorOf(caller), ideaId, body.outcome(), body.note(), seen)));
    return Answers.ok(IdeaView.of(idea), idea.version(), texts);
  }

  @POST
  @Path("{id}/contact-erasure")
  @Operation(operationId = "eraseIdeaContact", summary = "Erase the idea's contact (personal data)",
      responses = @ApiResponse(responseCode = "200", description = "The idea without its contact",
          content = @Content(schema = @Schema(implementation = IdeaView.class))))
  public Response erase(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    Texts texts = Texts.of(headers);
    UUID ideaId = Answers.id(id, texts, uri.getPath());
    long current = read(ideaId, texts).version();
    Idea idea = Resources.change(current, headers, texts, caller, seen -> core.useCase(EraseIdeaContactUseCase.class)
        .eraseIdeaContact(new EraseIdeaContactCommand(Caller.actorOf(caller), ideaId, seen)));
    return Answers.ok(IdeaView.of(idea), idea.version(), texts);
  }

  private Idea read(UUID id, Texts texts) {
    return Answers.orProblem(core.useCase(GetIdeaUseCase.class).getIdea(new IdeaQuery(Caller.actorOf(caller), id)),
        texts, caller);
  }
}
