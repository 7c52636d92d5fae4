package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
  private final Call call;

  public PersonalDataResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Operation(operationId = "exportPersonalData", summary = "Everything kept about a contact person (CON-3)",
      responses = @ApiResponse(responseCode = "200", description = "The export",
          content = @Content(schema = @Schema(implementation = PersonalDataJson.class))))
  public Response export(@PathParam("id") IdParam id) {
    return call.ok(PersonalDataJson.of(call.answer(core.useCase(ExportPersonalDataUseCase.class)
        .exportPersonalData(new PersonalDataCommand(call.actor(), id.value())))));
  }

  @DELETE
  @Operation(operationId = "erasePersonalData", summary = "Erase a former contact person's data (CON-3)",
      description = "A current contact person is refused: appoint a successor first.",
      responses = @ApiResponse(responseCode = "200", description = "What is kept after the erasure",
          content = @Content(schema = @Schema(implementation = PersonalDataJson.class))))
  public Response erase(@PathParam("id") IdParam id) {
    return call.ok(PersonalDataJson.of(call.answer(core.useCase(ErasePersonalDataUseCase.class)
        .erasePersonalData(new PersonalDataCommand(call.actor(), id.value())))));
  }
}
