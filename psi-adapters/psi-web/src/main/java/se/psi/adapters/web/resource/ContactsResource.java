package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.http.Versions;
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
  @Context private HttpHeaders headers;
  @Context private SecurityContext caller;
  @Context private UriInfo uri;

  public ContactsResource(PsiCore core) {
    this.core = core;
  }

  @GET
  @Operation(operationId = "getPartnerContact", summary = "A partner's contact register (CON-1)",
      description = "For the partner itself, the working committee and administrators.",
      responses = @ApiResponse(responseCode = "200", description = "The register",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response get(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id) {
    Texts texts = Texts.of(headers);
    PartnerContact contact = read(Answers.id(id, texts, uri.getPath()), texts);
    return Answers.ok(PartnerContactJson.of(contact), contact.version(), texts);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.contact.port.in.AppointContactPersonCommand.class)
  @Operation(operationId = "appointContactPerson", summary = "Appoint the contact person (CON-2)",
      description = "The predecessor steps down as the successor starts; a municipality must appoint an official "
          + "(MEM-6).",
      responses = @ApiResponse(responseCode = "200", description = "The register after the handover",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response appoint(@Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, AppointmentRequest request) {
    Texts texts = Texts.of(headers);
    UUID partner = Answers.id(id, texts, uri.getPath());
    long current = read(partner, texts).version();
    AppointmentRequest body = Answers.required(request, texts);
    PartnerContact contact = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        AppointContactPersonUseCase.class).appointContactPerson(new AppointContactPersonCommand(Caller.actorOf(caller),
            partner, body.person(), body.from(), seen)));
    return Answers.ok(PartnerContactJson.of(contact), contact.version(), texts);
  }

  @POST
  @Path("vacancy")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(se.psi.core.contact.port.in.ReportContactVacancyCommand.class)
  @Operation(operationId = "reportContactVacancy", summary = "Report that the partner has no contact person (CON-4)",
      responses = @ApiResponse(responseCode = "200", description = "The register with the vacancy",
          content = @Content(schema = @Schema(implementation = PartnerContactJson.class))))
  public Response reportVacancy(
      @Parameter(schema = @Schema(type = "string", format = "uuid")) @PathParam("id") String id,
      @Parameter(description = Answers.IF_MATCH_DOC, required = true)
      @HeaderParam("If-Match") String ifMatch, VacancyRequest request) {
    Texts texts = Texts.of(headers);
    UUID partner = Answers.id(id, texts, uri.getPath());
    long current = read(partner, texts).version();
    PartnerContact contact = Resources.change(current, headers, texts, caller, seen -> core.useCase(
        ReportContactVacancyUseCase.class).reportContactVacancy(new ReportContactVacancyCommand(Caller.actorOf(caller),
            partner, request == null ? null : request.since(), seen)));
    return Answers.ok(PartnerContactJson.of(contact), contact.version(), texts);
  }

  private PartnerContact read(UUID partner, Texts texts) {
    return Answers.orProblem(core.useCase(GetPartnerContactUseCase.class)
        .getPartnerContact(new PartnerContactQuery(Caller.actorOf(caller), partner)), texts, caller);
  }
}
