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
import se.psi.adapters.web.form.CommandForm;
import se.psi.adapters.web.json.PlanJson.AdoptionRequest;
import se.psi.adapters.web.json.PlanJson.OperationalPlanRequest;
import se.psi.adapters.web.json.PlanJson.PlanView;
import se.psi.core.PsiCore;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FindOperationalPlansUseCase;
import se.psi.core.plan.port.in.GetOperationalPlanUseCase;
import se.psi.core.plan.port.in.OperationalPlanQuery;

/** The operational plan and its goals (ACT-1), adopted by a general meeting (MTG-1). */
@Path("/api/v1/operational-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plans", description = "The operational plan, activity lists and yearly follow-up (ACT)")
public final class OperationalPlansResource {

  private final PsiCore core;
  private final Call call;

  public OperationalPlansResource(PsiCore core, Call call) {
    this.call = call;
    this.core = core;
  }

  @GET
  @Public
  @Operation(operationId = "findOperationalPlans", summary = "The operational plans",
      responses = @ApiResponse(responseCode = "200", description = "The plans",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = PlanView.class)))))
  public Response plans() {
    return call.ok(call.answer(core.useCase(FindOperationalPlansUseCase.class).findOperationalPlans(call.actor()))
        .stream().map(PlanView::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(CreateOperationalPlanCommand.class)
  @Operation(operationId = "createOperationalPlan", summary = "Draft an operational plan (ACT-1)",
      responses = @ApiResponse(responseCode = "201", description = "Drafted",
          content = @Content(schema = @Schema(implementation = PlanView.class))))
  public Response create(OperationalPlanRequest request) {
    OperationalPlanRequest body = call.body(request);
    OperationalPlan plan = call.answer(core.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(call.actor(), body.title(), body.fromYear(), body.toYear(),
            body.goals() == null ? List.of() : body.goals())));
    return call.createdAt(plan.id(), PlanView.of(plan), plan.version());
  }

  @GET
  @Path("{id}")
  @Public
  @Operation(operationId = "getOperationalPlan", summary = "Read an operational plan, with its version as ETag",
      responses = @ApiResponse(responseCode = "200", description = "The plan",
          content = @Content(schema = @Schema(implementation = PlanView.class))))
  public Response get(@PathParam("id") IdParam id) {
    OperationalPlan plan = call.answer(core.useCase(GetOperationalPlanUseCase.class).getOperationalPlan(
        new OperationalPlanQuery(call.actor(), id.value())));
    return call.ok(PlanView.of(plan), plan.version());
  }

  @POST
  @Path("{id}/adoption")
  @Consumes(MediaType.APPLICATION_JSON)
  @CommandForm(AdoptOperationalPlanCommand.class)
  @Operation(operationId = "adoptOperationalPlan", summary = "A general meeting adopts the plan (ACT-1)",
      responses = @ApiResponse(responseCode = "200", description = "Adopted",
          content = @Content(schema = @Schema(implementation = PlanView.class))))
  public Response adopt(@PathParam("id") IdParam id,
      @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch, AdoptionRequest request) {
    AdoptionRequest body = call.body(request);
    OperationalPlan plan = call.answer(core.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(
        new AdoptOperationalPlanCommand(call.actor(), id.value(), body.meetingId(), call.version(ifMatch))));
    return call.ok(PlanView.of(plan), plan.version());
  }
}
