package se.psi.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;

/** Real HTTP requests to a {@link WebServer}, as a caller of the tests' choosing. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  // HTTP/1.1 as most clients speak it; DefaultJdkClientTest calls with the JDK client's defaults (an h2c offer).
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final URI base;
  private final List<String> headers = new ArrayList<>();

  private Http(URI base) {
    this.base = base;
  }

  static Http to(WebServer server) {
    return new Http(server.base);
  }

  Http as(Actor actor) {
    Http http = copy();
    http.headers.addAll(List.of("X-Test-Person", actor.personId()));
    if (!actor.roles().isEmpty()) {
      http.headers.addAll(List.of("X-Test-Roles",
          String.join(",", actor.roles().stream().map(Role::name).sorted().toList())));
    }
    actor.organisation().ifPresent(o -> http.headers.addAll(List.of("X-Test-Organisation", o.toString())));
    return http;
  }

  Http header(String name, String value) {
    Http http = copy();
    http.headers.addAll(List.of(name, value));
    return http;
  }

  Http inEnglish() {
    return header("Accept-Language", "en");
  }

  Http ifMatch(String etag) {
    return header("If-Match", etag);
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  Answer post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer post(String path, Object body) {
    try {
      return post(path, JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body of unknown length: sent chunked, so only counting while reading can find it too large. */
  Answer postChunked(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(json))));
  }

  Answer delete(String path) {
    return send(request(path).DELETE());
  }

  Answer send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = request(path);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (!headers.isEmpty()) {
      request.headers(headers.toArray(String[]::new));
    }
    return request;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Http copy() {
    Http http = new Http(base);
    http.headers.addAll(headers);
    return http;
  }

  /** A response, with its body read as JSON. */
  record Answer(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + response.body(), e);
      }
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    String etag() {
      return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + response));
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
