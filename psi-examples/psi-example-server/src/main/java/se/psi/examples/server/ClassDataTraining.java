package se.psi.examples.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.psi.adapters.storage.jdbc.JdbcStorage;

/**
 * The run the build makes once, with {@code -XX:ArchiveClassesAtExit}, to record the classes a start and the first
 * answers load: the JVM maps them from that archive on later starts ({@code -XX:SharedArchiveFile}, as README.md
 * starts the server) instead of finding, reading and verifying each in the jar again, which is most of a cold start.
 * With {@value #OPTION} the server makes a first start in a new directory of its own, asks itself what a first
 * visitor asks, and exits.
 */
final class ClassDataTraining {

  static final String OPTION = "--exit-when-ready";

  /** What a first visit asks: the frontend, public reads, a refused change, and the API's description. */
  private static final List<String> PATHS = List.of("/", "/api/v1/partners", "/api/v1/working-committee",
      "/api/v1/meetings", "/api/v1/rulesets", "/api/v1/openapi.json", "/api/v1/no-such-resource");

  private ClassDataTraining() {}

  /**
   * The recording start: on an H2 file in a new directory, whatever database the environment names, as README's
   * first start makes one under {@code ./data} (so the archive holds the classes of creating, migrating and filling
   * a database file); then what a first visitor asks, then a stop; the directory is deleted after. Returns the exit
   * status for the build.
   */
  static int run(Settings settings, PrintStream log) throws Exception {
    Settings training = settings.in(Files.createTempDirectory("psi-class-data-training"));
    Path data = training.dataDirectory();
    try (ExampleServer running = ExampleServer.start(training, log, Clock.systemUTC(),
        JdbcStorage.builder().jdbcUrl(training.defaultJdbcUrl()))) {
      askEveryKindOfRequest(running.uri(), log);
      return 0;
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      return 1;
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /**
   * Asks each and returns the answers' statuses by request.
   *
   * @throws IllegalStateException when one answers 5xx: an archive recorded from a failing start is no use, and the
   *     build stops on it
   */
  static Map<String, Integer> askEveryKindOfRequest(URI server, PrintStream log) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String path : PATHS) {
      answers.put("GET " + path, get(server.resolve(path)));
    }
    answers.put("POST /api/v1/membership-applications", post(server.resolve("/api/v1/membership-applications")));
    answers.forEach((request, status) -> log.println(request + ": " + status));
    if (answers.values().stream().anyMatch(status -> status >= 500)) {
      throw new IllegalStateException("the server failed while recording its classes: " + answers);
    }
    return answers;
  }

  private static int get(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      return answer(connection);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int post(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.getOutputStream().write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return answer(connection);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the whole answer, so that writing it loads what it needs too. */
  private static int answer(HttpURLConnection connection) throws IOException {
    int status = connection.getResponseCode();
    try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (body != null) {
        body.readAllBytes();
      }
    }
    return status;
  }
}
