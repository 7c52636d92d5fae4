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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.psi.adapters.web.json.CaseJson.InnovationRequest;
import se.psi.adapters.web.json.CaseJson.InnovationView;
import se.psi.adapters.web.json.CaseJson.TemplateRequest;
import se.psi.adapters.web.json.CaseJson.TemplateView;
import se.psi.core.PsiCore;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.port.in.DocumentInnovationCommand;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.in.FindTemplatesUseCase;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.GetTemplateUseCase;
import se.psi.core.documentation.port.in.InnovationQuery;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.documentation.port.in.TemplateQuery;

/** Documenting social innovations: templates, versioned, and the records made with them (DOC-1, DOC-2). */
@Path("/api/v1/documentation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documentation", description = "Templates and documented social innovations (DOC)")
public final class DocumentationResource {

  private final PsiCore core;
  private final Call call;

  public DocumentationResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Path("templates")
  @Public
  @Operation(operationId = "findTemplates", summary = "The documentation templates, every version",
      responses = @ApiResponse(responseCode = "200", description = "The templates",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = TemplateView.class)))))
  public Response templates() {
    return call.ok(call.answer(core.useCase(FindTemplatesUseCase.class).findTemplates(
        call.actor())).stream().map(TemplateView::of).toList());
  }

  @GET
  @Path("templates/{name}")
  @Public
  @Operation(operationId = "getTemplate", summary = "Read a template, its newest version or the one asked for",
      responses = @ApiResponse(responseCode = "200", description = "The template version",
          content = @Content(schema = @Schema(implementation = TemplateView.class))))
  public Response template(@PathParam("name") String name,
      @Parameter(description = "The version; the newest by default", schema = @Schema(type = "integer"))
      @QueryParam("version") String version) {
    Integer asked = version == null ? null
        : Parameters.integer("version", version, 1, 1, Integer.MAX_VALUE, call.texts());
    DocumentationTemplate template = call.answer(core.useCase(GetTemplateUseCase.class).getTemplate(
        new TemplateQuery(call.actor(), name, asked)));
    return call.ok(TemplateView.of(template), template.templateVersion());
  }

  @POST
  @Path("templates")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(PublishTemplateCommand.class)
  @Operation(operationId = "publishTemplate", summary = "Publish a template, or its next version (DOC-1)",
      responses = @ApiResponse(responseCode = "201", description = "Published",
          content = @Content(schema = @Schema(implementation = TemplateView.class))))
  public Response publish(TemplateRequest request) {
    TemplateRequest body = call.body(request);
    DocumentationTemplate template = call.answer(core.useCase(PublishTemplateUseCase.class).publishTemplate(
        new PublishTemplateCommand(call.actor(), body.name(),
            body.fields() == null ? List.of() : body.fields())));
    return call.created(TemplateView.of(template), template.templateVersion());
  }

  @GET
  @Path("innovations")
  @Public
  @Operation(operationId = "findInnovations", summary = "The documented social innovations",
      responses = @ApiResponse(responseCode = "200", description = "The records",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = InnovationView.class)))))
  public Response innovations() {
    return call.ok(call.answer(core.useCase(FindInnovationsUseCase.class).findInnovations(
        call.actor())).stream().map(InnovationView::of).toList());
  }

  @GET
  @Path("innovations/{id}")
  @Public
  @Operation(operationId = "getInnovation", summary = "Read a documented social innovation",
      responses = @ApiResponse(responseCode = "200", description = "The record",
          content = @Content(schema = @Schema(implementation = InnovationView.class))))
  public Response innovation(@PathParam("id") IdParam id) {
    InnovationRecord record = call.answer(core.useCase(GetInnovationUseCase.class).getInnovation(
        new InnovationQuery(call.actor(), id.value())));
    return call.ok(InnovationView.of(record), record.version());
  }

  @POST
  @Path("innovations")
  @Consumes(MediaType.APPLICATION_JSON)
  @se.psi.adapters.web.form.CommandForm(DocumentInnovationCommand.class)
  @Operation(operationId = "documentInnovation", summary = "Document a social innovation (DOC-1, DOC-2)",
      description = "Checked against the template version it names; the latest when none is named.",
      responses = @ApiResponse(responseCode = "201", description = "Recorded",
          content = @Content(schema = @Schema(implementation = InnovationView.class))))
  public Response document(InnovationRequest request) {
    InnovationRequest body = call.body(request);
    InnovationRecord record = call.answer(core.useCase(DocumentInnovationUseCase.class).documentInnovation(
        new DocumentInnovationCommand(call.actor(), body.templateName(), body.templateVersion(),
            body.challenge(), body.innovation(), body.origin(), body.actors() == null ? List.of() : body.actors(),
            body.priorityAreas() == null ? Set.of() : body.priorityAreas(), body.results(),
            body.answers() == null ? Map.of() : body.answers())));
    return call.created(InnovationView.of(record), record.version());
  }
}
