package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.form.CommandForm;
import se.psi.adapters.web.form.FormDescriber;
import se.psi.adapters.web.form.FormJson;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * A description of every command's form, read from the same Bean Validation constraints the core checks: fields,
 * types, what is required, lengths, bounds, patterns, allowed values, and the rules' sentences in the caller's
 * language. Public: a form says nothing about anyone's data.
 */
@Path("/api/v1/forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms", description = "Form descriptions for frontends, from the commands' constraints")
public final class FormsResource {

  private final Call call;

  public FormsResource(Call call) {
    this.call = call;
  }

  @GET
  @Public
  @Operation(operationId = "listForms", summary = "The form of every operation that takes a body",
      responses = @ApiResponse(responseCode = "200", description = "The forms",
          content = @Content(array = @ArraySchema(schema = @Schema(implementation = FormJson.class)))))
  public Response all() {
    Texts texts = call.texts();
    return call.ok(forms(texts));
  }

  @GET
  @Path("{operationId}")
  @Public
  @Operation(operationId = "getForm", summary = "The form of one operation, by its operationId",
      responses = @ApiResponse(responseCode = "200", description = "The form",
          content = @Content(schema = @Schema(implementation = FormJson.class))))
  public Response one(@PathParam("operationId") String operationId) {
    Texts texts = call.texts();
    return call.ok(forms(texts).stream().filter(f -> f.operationId().equals(operationId)).findFirst()
        .orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND, texts, "detail.notFoundPath",
            "/api/v1/forms/" + operationId)));
  }

  /** The forms of every resource method that names its command. */
  public static List<FormJson> forms(Texts texts) {
    FormDescriber describer = new FormDescriber(texts);
    List<FormJson> forms = new ArrayList<>();
    for (Class<?> resource : ApiResources.CLASSES) {
      for (Method method : resource.getDeclaredMethods()) {
        CommandForm form = method.getAnnotation(CommandForm.class);
        if (form == null) {
          continue;
        }
        Class<?> body = requestBody(method);
        forms.add(new FormJson(method.getAnnotation(Operation.class).operationId(), httpMethod(method),
            path(resource, method), describer.fields(body, form.value()), describer.checks(body, form.value())));
      }
    }
    forms.sort(Comparator.comparing(FormJson::operationId));
    return forms;
  }

  /** The one parameter a runtime fills from the body: the one without a parameter annotation of Jakarta REST. */
  static Class<?> requestBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean bound = Arrays.stream(parameter.getAnnotations())
          .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs"));
      if (!bound) {
        return parameter.getType();
      }
    }
    throw new IllegalStateException(method + " names a command form but takes no body");
  }

  private static String httpMethod(Method method) {
    return method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : "GET";
  }

  private static String path(Class<?> resource, Method method) {
    Path sub = method.getAnnotation(Path.class);
    return resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value());
  }
}
