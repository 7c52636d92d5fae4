package se.psi.adapters.web.resource;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.PrimitiveType;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import se.psi.adapters.web.problem.Problem;
import se.psi.adapters.web.problem.ProblemType;

/**
 * The OpenAPI 3.1 document of the API, read from the resources themselves so it cannot drift from them, with the
 * problem documents each operation can answer: every operation 400, 404, 406 and 500; changes also 409, 412 and
 * 428; bodies 413, 415 and 422; operations that are not {@link Public} 401 and 403.
 */
@Path("/api/v1/openapi.json")
@Hidden
public final class OpenApiResource {

  /**
   * Schemas from the same view of the classes as the API's JSON: {@code isX()} methods are validation checks
   * (Bean Validation's {@code @AssertTrue}), not properties, so a client is never told to send them.
   */
  private static final Runnable SCHEMAS_AS_THE_API_READS_THEM = new Runnable() {
    private boolean done;

    @Override
    public synchronized void run() {
      if (!done) {
        ModelConverters.getInstance(true).addConverter(new io.swagger.v3.core.jackson.ModelResolver(
            se.psi.adapters.web.json.WebJson.mapper(se.psi.adapters.web.WebLimits.DEFAULTS)).openapi31(true));
        done = true;
      }
    }
  };

  /**
   * The document as served, once it is asked for or {@link #prepare prepared}: the same for every server in this
   * JVM, for it is read from the resource classes alone.
   */
  private static final AtomicReference<CompletableFuture<String>> SERVED = new AtomicReference<>();

  /**
   * Starts building the document on a thread of its own, unless it is built or being built. Reading every resource and schema costs more than the rest of a server's start-up together, and no
   * request but the one for the document needs it: a host calls this once its start is over (after its first
   * answer, say), so that the document is ready when asked for and does not hold up the start. Otherwise the first
   * request for the document builds it, and one that comes while it is being built waits for it.
   */
  public static void prepare() {
    served();
  }

  /** The document as it is or will be, its building started here unless it is already. */
  private static CompletableFuture<String> served() {
    CompletableFuture<String> started = new CompletableFuture<>();
    if (!SERVED.compareAndSet(null, started)) {
      return SERVED.get();
    }
    Thread builder = new Thread(() -> {
      try {
        started.complete(document());
      } catch (RuntimeException | Error e) {
        started.completeExceptionally(e);
      }
    }, "psi-openapi-document");
    builder.setDaemon(true);
    builder.start();
    return started;
  }

  /** The document, as served; one is built at a time, for swagger-core keeps its model converters in one place. */
  public static synchronized String document() {
    return write(build(ApiResources.CLASSES));
  }

  /**
   * Writes the document to a file, e.g. for a client generator at build time:
   * {@code java -cp ... se.psi.adapters.web.resource.OpenApiResource target/openapi.json}.
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Path.of(args.length > 0 ? args[0] : "openapi.json");
    if (file.getParent() != null) {
      java.nio.file.Files.createDirectories(file.getParent());
    }
    java.nio.file.Files.writeString(file, document());
  }

  @GET
  @Produces("application/json")
  public Response get() {
    return Response.ok(served().join()).build();
  }

  /** The document for these resource classes. */
  public static OpenAPI build(Set<Class<?>> resources) {
    // Enums as named schemas (Sector, OrganisationKind ...): one definition a frontend can reuse, and generated
    // clients get one type per enum rather than one per field.
    io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
    SCHEMAS_AS_THE_API_READS_THEM.run();
    // The parameters' value types, as the caller writes them: an id as a uuid, or as the plain string the membership
    // and partner operations have always documented; If-Match as the ETag's text.
    PrimitiveType.customClasses().put(IdParam.class.getName(), PrimitiveType.UUID);
    PrimitiveType.customClasses().put(IdParam.AsText.class.getName(), PrimitiveType.STRING);
    PrimitiveType.customClasses().put(IfMatch.class.getName(), PrimitiveType.STRING);
    SwaggerConfiguration config = new SwaggerConfiguration().openAPI31(true).prettyPrint(true)
        .openAPI(new OpenAPI(io.swagger.v3.oas.models.SpecVersion.V31).info(new Info()
            .title("PSI: Partnership for Social Innovation API").version("1")
            .description("Membership, partners, the working committee and rulesets of a regional partnership for "
                + "social innovation. Errors are RFC 9457 problem documents; texts follow Accept-Language (sv, "
                + "en); changes need If-Match with the ETag last read.")
            .license(new License().name("Apache-2.0"))));
    OpenAPI api = new Reader(config).read(resources);
    Map<String, Schema> problemSchemas = ModelConverters.getInstance(true).readAll(Problem.class);
    problemSchemas.forEach(api.getComponents()::addSchemas);
    Set<String> publicOperations = publicOperationIds(resources);
    api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
      addProblems(method, operation, publicOperations.contains(operation.getOperationId()));
      describeIfMatch(operation);
    }));
    return api;
  }

  /** Every change that takes {@link IfMatch} needs it, and it means the same everywhere. */
  private static void describeIfMatch(Operation operation) {
    if (operation.getParameters() != null) {
      operation.getParameters().stream()
          .filter(parameter -> "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equals(parameter.getName()))
          .forEach(parameter -> parameter.required(true).description(IfMatch.DOC));
    }
  }

  private static void addProblems(PathItem.HttpMethod method, Operation operation, boolean isPublic) {
    Set<ProblemType> problems = new LinkedHashSet<>(List.of(ProblemType.INVALID_REQUEST, ProblemType.NOT_FOUND,
        ProblemType.NOT_ACCEPTABLE, ProblemType.INTERNAL_ERROR));
    if (method != PathItem.HttpMethod.GET) {
      problems.addAll(List.of(ProblemType.CONFLICTING_CHANGE, ProblemType.STALE_VERSION,
          ProblemType.PRECONDITION_REQUIRED, ProblemType.RULE_REFUSAL));
    }
    if (operation.getRequestBody() != null) {
      problems.addAll(List.of(ProblemType.BODY_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
          ProblemType.INVALID_INPUT));
    }
    if (!isPublic) {
      problems.addAll(List.of(ProblemType.UNAUTHENTICATED, ProblemType.NOT_PERMITTED));
    }
    ApiResponses responses = operation.getResponses();
    for (ProblemType problem : problems) {
      String status = Integer.toString(problem.status());
      ApiResponse response = responses.computeIfAbsent(status, s -> new ApiResponse()
          .description("A problem document").content(new Content().addMediaType(Problem.MEDIA_TYPE,
              new MediaType().schema(new Schema<Problem>().$ref("#/components/schemas/Problem")))));
      response.setDescription(appendType(response.getDescription(), problem));
    }
  }

  private static String appendType(String description, ProblemType problem) {
    String line = "`" + problem.uri() + "`";
    return description.contains(line) ? description : description + (description.contains("`") ? ", " : ": ")
        + line;
  }

  private static Set<String> publicOperationIds(Set<Class<?>> resources) {
    return resources.stream().flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(method -> method.isAnnotationPresent(Public.class))
        .map(method -> method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class))
        .filter(java.util.Objects::nonNull)
        .map(io.swagger.v3.oas.annotations.Operation::operationId)
        .collect(Collectors.toSet());
  }

  private static String write(OpenAPI api) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode document =
          (com.fasterxml.jackson.databind.node.ObjectNode) Json31.mapper().readTree(Json31.pretty(api));
      // swagger-core drops the licence's SPDX identifier, which OpenAPI 3.1 has and validators ask for.
      document.withObject("/info/license").put("identifier", "Apache-2.0");
      return Json31.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (java.io.IOException | RuntimeException e) {
      throw new IllegalStateException("the OpenAPI document cannot be written", e);
    }
  }

  static boolean isOperation(Method method) {
    return method.isAnnotationPresent(io.swagger.v3.oas.annotations.Operation.class);
  }
}
