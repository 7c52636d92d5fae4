package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.json.ContactJson.PersonalDataJson;
import se.psi.core.PsiCore;
import se.psi.core.contact.port.in.ErasePersonalDataUseCase;
import se.psi.core.contact.port.in.ExportPersonalDataUseCase;
import se.psi.core.contact.port.in.PersonalDataCommand;

/** CON-3: a contact person's right to see and erase what is kept about them; for administrators. */
@Path("/api/v1/contact-persons/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
public final class PersonalDataResource {

  private final PsiCore core;
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public PersonalDataResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Operation(operationId = "exportPersonalData", summary = "Everything kept about a contact person (CON-3)",
      responses = @ApiResponse(responseCode = "200", description = "The export",
          content = @Content(schema = @Schema(implementation = PersonalDataJson.class))))
  public Response export(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    return Answers.ok(PersonalDataJson.of(Answers.orProblem(core.useCase(ExportPersonalDataUseCase.class)
        .exportPersonalData(new PersonalDataCommand(Caller.actorOf(caller), Answers.id(id, texts, uri.getPath()))),
        texts, caller)), texts);
  }

  @DELETE
  @Operation(operationId = "erasePersonalData", summary = "Erase a former contact person's data (CON-3)",
      description = "A current contact person is refused: appoint a successor first.",
      responses = @ApiResponse(responseCode = "200", description = "What is kept after the erasure",
          content = @Content(schema = @Schema(implementation = PersonalDataJson.class))))
  public Response erase(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    return Answers.ok(PersonalDataJson.of(Answers.orProblem(core.useCase(ErasePersonalDataUseCase.class)
        .erasePersonalData(new PersonalDataCommand(Caller.actorOf(caller), Answers.id(id, texts, uri.getPath()))),
        texts, caller)), texts);
  }
}
