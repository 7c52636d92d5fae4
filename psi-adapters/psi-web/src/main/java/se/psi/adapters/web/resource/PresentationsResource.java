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
import se.psi.adapters.web.json.MeetingJson.PresentationRequest;
import se.psi.adapters.web.json.MeetingJson.PresentationView;
import se.psi.adapters.web.json.MeetingJson.SchedulingRequest;
import se.psi.core.PsiCore;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.PresentationCommand;
import se.psi.core.meeting.port.in.PresentationUseCases.FindPresentationsUseCase;
import se.psi.core.meeting.port.in.PresentationUseCases.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.PresentationUseCases.OwePresentationUseCase;
import se.psi.core.meeting.port.in.PresentationUseCases.SchedulePresentationUseCase;

/** MTG-3: granted projects present themselves at a public dialogue; owed, scheduled, fulfilled. */
@Path("/api/v1/presentations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public final class PresentationsResource {

  private static final String ANSWER = "The presentation as it now stands";

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public PresentationsResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findPresentations", summary = "The presentations still owed or scheduled",
      responses = @ApiResponse(responseCode = "200", description = "The presentations",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = PresentationView.class)))))
  public Response unfulfilled() {
    Texts texts = Texts.of(headers);
    return Answers.ok(all(texts).stream().map(PresentationView::of).toList(), texts);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PresentationCommand.class)
  @Operation(operationId = "owePresentation", summary = "Record that a project owes a presentation (MTG-3)",
      responses = @ApiResponse(responseCode = "201", description = "Owed",
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response owe(PresentationRequest request) {
    Texts texts = Texts.of(headers);
    PresentationRequest body = Answers.required(request, texts);
    PresentationObligation owed = Answers.orProblem(core.useCase(OwePresentationUseCase.class).owePresentation(
        new PresentationCommand(Caller.actorOf(caller), null, body.projectReference(), body.projectTitle(), null,
            null)), texts, caller);
    return Resources.created(PresentationView.of(owed), owed.version(), texts);
  }

  @POST
  @Path("{id}/scheduling")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.PresentationCommand.class)
  @Operation(operationId = "schedulePresentation", summary = "Schedule it into a public dialogue (MTG-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response schedule(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, SchedulingRequest request) {
    Texts texts = Texts.of(headers);
    UUID obligation = Answers.id(id, texts, uri.getPath());
    long current = Resources.find(all(texts), PresentationObligation::id, obligation, texts, uri).version();
    SchedulingRequest body = Answers.required(request, texts);
    PresentationObligation scheduled = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        SchedulePresentationUseCase.class).schedulePresentation(new PresentationCommand(Caller.actorOf(caller),
            obligation, null, null, body.meetingId(), seen)));
    return Answers.ok(PresentationView.of(scheduled), scheduled.version(), texts);
  }

  @POST
  @Path("{id}/fulfilment")
  @Operation(operationId = "fulfilPresentation", summary = "The presentation was given at its dialogue (MTG-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response fulfil(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch) {
    Texts texts = Texts.of(headers);
    UUID obligation = Answers.id(id, texts, uri.getPath());
    long current = Resources.find(all(texts), PresentationObligation::id, obligation, texts, uri).version();
    PresentationObligation fulfilled = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        FulfilPresentationUseCase.class).fulfilPresentation(new PresentationCommand(Caller.actorOf(caller),
            obligation, null, null, null, seen)));
    return Answers.ok(PresentationView.of(fulfilled), fulfilled.version(), texts);
  }

  private List<PresentationObligation> all(Texts texts) {
    return Answers.orProblem(core.useCase(FindPresentationsUseCase.class).findUnfulfilledPresentations(
        Caller.actorOf(caller)), texts, caller);
  }
}
