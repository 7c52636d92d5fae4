package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.adapters.web.resource.ApiResources;
import se.psi.adapters.web.resource.Public;

/** The served OpenAPI document against the resources as they are: it cannot leave out or invent an operation. */
class OpenApiDocumentTest {

  private static final Map<Class<? extends Annotation>, String> METHODS =
      Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  /** Every operation of every resource: its HTTP method, its path template, and whether it is marked public. */
  record Endpoint(String method, String path, boolean isPublic) {}

  static List<Endpoint> endpoints(WebServer server) {
    List<Endpoint> endpoints = new ArrayList<>();
    List<Object> resources = ApiResources.all(server.psi.core(), WebLimits.DEFAULTS, new se.psi.adapters.web.resource.Call());
    assertThat(resources.stream().<Class<?>>map(Object::getClass).toList())
        .containsExactlyInAnyOrderElementsOf(ApiResources.CLASSES);
    for (Object resource : resources) {
      String root = resource.getClass().getAnnotation(Path.class).value();
      for (Method method : resource.getClass().getDeclaredMethods()) {
        METHODS.forEach((annotation, name) -> {
          if (method.isAnnotationPresent(annotation)) {
            Path sub = method.getAnnotation(Path.class);
            endpoints.add(new Endpoint(name, sub == null ? root : root + "/" + sub.value(),
                method.isAnnotationPresent(Public.class)));
          }
        });
      }
    }
    return endpoints;
  }

  @Test
  void the_document_is_openapi_3_1_and_lists_exactly_the_operations_of_the_resources() {
    Http.Answer answer = http.get("/api/v1/openapi.json");
    JsonNode document = answer.json();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(document.get("openapi").asText()).startsWith("3.1");
    List<String> documented = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(
        endpoints(server).stream().map(e -> e.method() + " " + e.path()).toList());
  }

  @Test
  void every_operation_documents_its_success_and_its_problem_documents() {
    JsonNode document = http.get("/api/v1/openapi.json").json();
    JsonNode schemas = document.get("components").get("schemas");

    assertThat(schemas.has("Problem")).isTrue();
    for (Endpoint endpoint : endpoints(server)) {
      JsonNode operation = document.get("paths").get(endpoint.path()).get(endpoint.method());
      JsonNode responses = operation.get("responses");
      assertThat(operation.get("operationId").asText()).as(endpoint.toString()).isNotBlank();
      assertThat(responses.fieldNames()).toIterable().as(endpoint.toString())
          .anyMatch(status -> status.startsWith("2")).contains("400", "404", "500");
      if (!endpoint.method().equals("get")) {
        assertThat(responses.fieldNames()).toIterable().as(endpoint.toString()).contains("409", "412", "428");
      }
      if (!endpoint.isPublic()) {
        assertThat(responses.fieldNames()).toIterable().as(endpoint.toString()).contains("401", "403");
      }
      assertThat(responses.get("500").get("content").get("application/problem+json").get("schema").get("$ref")
          .asText()).isEqualTo("#/components/schemas/Problem");
      responses.fields().forEachRemaining(response -> response.getValue().path("content").findValues("$ref")
          .forEach(ref -> assertThat(schemas.has(ref.asText().replace("#/components/schemas/", "")))
              .as("%s %s refers to %s", endpoint, response.getKey(), ref).isTrue()));
    }
  }

  @Test
  void every_request_body_is_documented_with_its_own_schema_so_a_generated_client_sends_the_right_fields() {
    JsonNode document = http.get("/api/v1/openapi.json").json();
    JsonNode schemas = document.get("components").get("schemas");
    int bodies = 0;
    for (Class<?> resource : ApiResources.CLASSES) {
      for (Method method : resource.getDeclaredMethods()) {
        if (METHODS.keySet().stream().noneMatch(method::isAnnotationPresent)) {
          continue;
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
          // The entity parameter is the one without a JAX-RS annotation; ours are records.
          if (parameter.getAnnotations().length > 0 || !parameter.getType().isRecord()) {
            continue;
          }
          bodies++;
          String name = parameter.getType().getSimpleName();
          List<String> fields = java.util.Arrays.stream(parameter.getType().getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName).sorted().toList();
          List<String> documented = new ArrayList<>();
          schemas.path(name).path("properties").fieldNames().forEachRemaining(documented::add);
          // Two records of one simple name would share one schema, and one of them would be documented wrongly.
          assertThat(documented.stream().sorted().toList())
              .as("%s.%s takes %s", resource.getSimpleName(), method.getName(), parameter.getType().getName())
              .isEqualTo(fields);
        }
      }
    }
    assertThat(bodies).isGreaterThan(10);
  }

  @Test
  void what_is_marked_public_the_core_lets_anyone_read_and_the_rest_asks_for_a_caller() {
    for (Endpoint endpoint : endpoints(server)) {
      if (!endpoint.method().equals("get") || endpoint.path().contains("{")) {
        continue;
      }
      int status = http.get(endpoint.path()).status();
      if (endpoint.isPublic()) {
        // Anyone gets an answer; one that needs a parameter says so with 400, never with 401 or 403.
        assertThat(status).as(endpoint.toString()).isIn(200, 400);
      } else {
        assertThat(status).as(endpoint.toString()).isIn(401, 404);
      }
    }
    assertThat(endpoints(server)).filteredOn(Endpoint::isPublic).isNotEmpty();
    assertThat(endpoints(server).stream().map(e -> e.method().toUpperCase(Locale.ROOT))).contains("GET", "POST");
  }
}
