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
import se.psi.adapters.web.json.MeetingJson.PresentationRequest;
import se.psi.adapters.web.json.MeetingJson.PresentationView;
import se.psi.adapters.web.json.MeetingJson.SchedulingRequest;
import se.psi.core.PsiCore;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.port.in.FindPresentationsUseCase;
import se.psi.core.meeting.port.in.FulfilPresentationCommand;
import se.psi.core.meeting.port.in.FulfilPresentationUseCase;
import se.psi.core.meeting.port.in.OwePresentationCommand;
import se.psi.core.meeting.port.in.OwePresentationUseCase;
import se.psi.core.meeting.port.in.SchedulePresentationCommand;
import se.psi.core.meeting.port.in.SchedulePresentationUseCase;

/** MTG-3: granted projects present themselves at a public dialogue; owed, scheduled, fulfilled. */
@Path("/api/v1/presentations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public final class PresentationsResource {

  private static final String ANSWER = "The presentation as it now stands";

  private final PsiCore core;
  private final Call call;

  public PresentationsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findPresentations", summary = "The presentations still owed or scheduled",
      responses = @ApiResponse(responseCode = "200", description = "The presentations",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = PresentationView.class)))))
  public Response unfulfilled() {
    return call.ok(all().stream().map(PresentationView::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.OwePresentationCommand.class)
  @Operation(operationId = "owePresentation", summary = "Record that a project owes a presentation (MTG-3)",
      responses = @ApiResponse(responseCode = "201", description = "Owed",
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response owe(PresentationRequest request) {
    PresentationRequest body = call.body(request);
    PresentationObligation owed = call.answer(core.useCase(OwePresentationUseCase.class).owePresentation(
        new OwePresentationCommand(call.actor(), body.projectReference(), body.projectTitle())));
    return call.created(PresentationView.of(owed), owed.version());
  }

  @POST
  @Path("{id}/scheduling")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.meeting.port.in.SchedulePresentationCommand.class)
  @Operation(operationId = "schedulePresentation", summary = "Schedule it into a public dialogue (MTG-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response schedule(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, SchedulingRequest request) {
    UUID obligation = id.value();
    long expected = call.version(ifMatch);
    SchedulingRequest body = call.body(request);
    PresentationObligation scheduled = call.answer(core.useCase(
        SchedulePresentationUseCase.class).schedulePresentation(new SchedulePresentationCommand(call.actor(),
            obligation, body.meetingId(), expected)));
    return call.ok(PresentationView.of(scheduled), scheduled.version());
  }

  @POST
  @Path("{id}/fulfilment")
  @Operation(operationId = "fulfilPresentation", summary = "The presentation was given at its dialogue (MTG-3)",
      responses = @ApiResponse(responseCode = "200", description = ANSWER,
          content = @Content(schema = @Schema(implementation = PresentationView.class))))
  public Response fulfil(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch) {
    UUID obligation = id.value();
    long expected = call.version(ifMatch);
    PresentationObligation fulfilled = call.answer(core.useCase(
        FulfilPresentationUseCase.class).fulfilPresentation(new FulfilPresentationCommand(call.actor(),
            obligation, expected)));
    return call.ok(PresentationView.of(fulfilled), fulfilled.version());
  }

  private List<PresentationObligation> all() {
    return call.answer(core.useCase(FindPresentationsUseCase.class).findUnfulfilledPresentations(
        call.actor()));
  }
}
