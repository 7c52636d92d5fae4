package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.psi.adapters.web.json.ContactJson.UnreachablePartnerJson;
import se.psi.core.PsiCore;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.FindUnreachablePartnersUseCase;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;

/** CON-4: the partners the committee cannot reach, for its follow-up. */
@Path("/api/v1/unreachable-partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
public final class UnreachablePartnersResource {

  private final PsiCore core;
  private final Call call;

  public UnreachablePartnersResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Operation(operationId = "findUnreachablePartners",
      summary = "Partners without a contact person beyond the grace period (CON-4)",
      responses = @ApiResponse(responseCode = "200", description = "The unreachable partners",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = UnreachablePartnerJson.class)))))
  public Response unreachable() {
    return call.ok(call.answer(core.useCase(FindUnreachablePartnersUseCase.class)
        .findUnreachablePartners(new ContactDutiesQuery(call.actor()))).stream()
        .map(UnreachablePartnerJson::of).toList());
  }


  @POST
  @Path("reminders")
  @Operation(operationId = "remindVacantContacts",
      summary = "Remind the partners whose contact is vacant and due a reminder (CON-4)",
      responses = @ApiResponse(responseCode = "200", description = "The partners reminded",
          content = @Content(array = @ArraySchema(schema = @Schema(type = "string", format = "uuid")))))
  public Response remind() {
    return call.ok(call.answer(core.useCase(RemindVacantContactsUseCase.class)
        .remindVacantContacts(new ContactDutiesQuery(call.actor()))).stream()
        .map(p -> p.value()).toList());
  }
}
