package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import se.psi.adapters.web.json.ContactJson.AppointmentRequest;
import se.psi.adapters.web.json.ContactJson.PartnerContactJson;
import se.psi.adapters.web.json.ContactJson.VacancyRequest;
import se.psi.core.PsiCore;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.port.in.AppointContactPersonCommand;
import se.psi.core.contact.port.in.AppointContactPersonUseCase;
import se.psi.core.contact.port.in.GetPartnerContactUseCase;
import se.psi.core.contact.port.in.PartnerContactQuery;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;

/** Contact persons (CON-1..CON-4): each partner keeps one; the committee follows up those who have none. */
@Path("/api/v1/partners/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contacts", description = "Contact persons, their handover and unreachable partners (CON)")
public final class ContactsResource {

  private final PsiCore core;
  private final Call call;

  public ContactsResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Operation(operationId = "getPartnerContact", summary = "A partner's contact register (CON-1)",
      description = "For the partner itself, the working committee and administrators.",
      responses = @ApiResponse(responseCode = "200", description = "The register",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response get(@PathParam("id") IdParam id) {
    PartnerContact contact = read(id.value());
    return call.ok(PartnerContactJson.of(contact), contact.version());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.contact.port.in.AppointContactPersonCommand.class)
  @Operation(operationId = "appointContactPerson", summary = "Appoint the contact person (CON-2)",
      description = "The predecessor steps down as the successor starts; a municipality must appoint an official "
          + "(MEM-6).",
      responses = @ApiResponse(responseCode = "200", description = "The register after the handover",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response appoint(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, AppointmentRequest request) {
    UUID partner = id.value();
    long expected = call.version(ifMatch);
    AppointmentRequest body = call.body(request);
    PartnerContact contact = call.answer(core.useCase(
        AppointContactPersonUseCase.class).appointContactPerson(new AppointContactPersonCommand(call.actor(),
            partner, body.person(), body.from(), expected)));
    return call.ok(PartnerContactJson.of(contact), contact.version());
  }

  @POST
  @Path("vacancy")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.contact.port.in.ReportContactVacancyCommand.class)
  @Operation(operationId = "reportContactVacancy", summary = "Report that the partner has no contact person (CON-4)",
      responses = @ApiResponse(responseCode = "200", description = "The register with the vacancy",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response reportVacancy(
      @PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, VacancyRequest request) {
    UUID partner = id.value();
    long expected = call.version(ifMatch);
    PartnerContact contact = call.answer(core.useCase(
        ReportContactVacancyUseCase.class).reportContactVacancy(new ReportContactVacancyCommand(call.actor(),
            partner, request == null ? null : request.since(), expected)));
    return call.ok(PartnerContactJson.of(contact), contact.version());
  }

  private PartnerContact read(UUID partner) {
    return call.answer(core.useCase(GetPartnerContactUseCase.class)
        .getPartnerContact(new PartnerContactQuery(call.actor(), partner)));
  }
}
