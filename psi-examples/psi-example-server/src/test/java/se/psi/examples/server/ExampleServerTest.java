package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example server as its README promises: demo data on the first start only, kept by the next one. */
class ExampleServerTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir
  Path data;

  @Test
  void the_first_start_loads_the_demo_data_and_the_second_keeps_it() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String partners;
    try (ExampleServer first = ExampleServer.start(settings(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
      partners = get(first.uri().resolve("/api/v1/partners?limit=100"));
      assertThat(partners).contains("Region Örebro län", "Verdandi Örebro", "Möckelnföreningarna");
      assertThat(get(first.uri())).contains("<h1");
      assertThat(get(first.uri().resolve("/api/v1/working-committee"))).contains("\"civilSocietyMajority\":true");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("demo data")
        .contains("Daily jobs: 0 agreements ended (MEM-8)");

    ByteArrayOutputStream secondLog = new ByteArrayOutputStream();
    try (ExampleServer second = ExampleServer.start(settings(),
        new PrintStream(secondLog, true, StandardCharsets.UTF_8))) {
      assertThat(get(second.uri().resolve("/api/v1/partners?limit=100"))).isEqualTo(partners);
    }
    assertThat(secondLog.toString(StandardCharsets.UTF_8)).doesNotContain("demo data");
  }

  @Test
  void the_port_comes_from_the_argument_or_the_environment_and_a_bad_one_is_named() {
    assertThat(Settings.from(new String[0], Map.of()).port()).isEqualTo(8080);
    assertThat(Settings.from(new String[0], Map.of("PSI_PORT", "9090")).port()).isEqualTo(9090);
    assertThat(Settings.from(new String[] {"--port", "7070"}, Map.of("PSI_PORT", "9090")).port()).isEqualTo(7070);
    assertThatThrownBy(() -> Settings.from(new String[] {"--port", "eighty"}, Map.of()))
        .hasMessageContaining("--port").hasMessageContaining("eighty");
    assertThatThrownBy(() -> Settings.from(new String[] {"--verbose"}, Map.of())).hasMessageContaining("--verbose");
  }

  private Settings settings() {
    return new Settings("127.0.0.1", 0, data);
  }

  static String get(URI uri) throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
    return response.body();
  }
}
