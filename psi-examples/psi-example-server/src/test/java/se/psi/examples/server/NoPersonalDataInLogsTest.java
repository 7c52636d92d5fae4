package se.psi.examples.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * No personal data in any log line: a membership application carrying a known name, e-mail address and phone number
 * is sent to a server whose PostgreSQL database refuses the write with a message quoting the row, so the server logs
 * the failure; the log names the error code and where it happened, never what the application said.
 */
class NoPersonalDataInLogsTest {

  private static final String NAME = "Robin Gömdsson";
  private static final String EMAIL = "robin.gomdsson@example.se";
  private static final String PHONE = "070-987 65 43";

  @TempDir
  Path data;

  private PrintStream standardError;
  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

  @BeforeEach
  void captureTheLog() {
    standardError = System.err;
    // slf4j-simple writes to whatever System.err is when it writes.
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreTheLog() {
    System.setErr(standardError);
  }

  @Test
  void a_failed_database_write_is_logged_with_its_error_code_and_without_the_personal_data_it_carried()
      throws Exception {
    PostgresEndpoint postgres = TestPostgres.endpoint();
    String schema = "psi_logs_" + UUID.randomUUID().toString().replace("-", "");
    LogLines serverLog = new LogLines();
    Settings settings = new Settings("127.0.0.1", 0, data, Optional.empty());
    try (ExampleServer server = ExampleServer.start(settings, serverLog.stream(), ExampleServerTest.MACHINE,
        JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user()).password(postgres.password())
            .schema(schema).poolSize(2));
        Connection database = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
        Statement statement = database.createStatement()) {
      // A trigger only this test adds refuses the write and quotes the row in its message, as PostgreSQL's own
      // refusals do (a broken constraint's "Failing row contains (...)"), in a failure the library cannot foresee.
      statement.execute("CREATE FUNCTION " + schema + ".refuse() RETURNS trigger LANGUAGE plpgsql AS $$"
          + " BEGIN RAISE EXCEPTION 'cannot store %', NEW; END $$");
      statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON " + schema + ".membership_application"
          + " FOR EACH ROW EXECUTE FUNCTION " + schema + ".refuse()");
      try {
        HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
            HttpRequest.newBuilder(server.uri().resolve("/api/v1/membership-applications"))
                .header("Content-Type", "application/json").header(DemoUsers.HEADER, "applicant")
                .POST(HttpRequest.BodyPublishers.ofString("""
                    {"organisation": {"organisationNumber": "%s", "name": "Föreningen Gatans Röst",
                                      "kind": "ASSOCIATION"},
                     "boardDecision": {"date": "2026-11-15", "body": "Styrelsen", "reference": "§ 3"},
                     "contactPerson": {"name": "%s", "role": "Ordförande", "email": "%s", "phone": "%s",
                                       "official": false}}""".formatted(DemoData.APPLICANT, NAME, EMAIL, PHONE))).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
        String code = refused.body().replaceAll("(?s).*felkod ([0-9a-f]{8}).*", "$1");
        String log = logged.toString(StandardCharsets.UTF_8) + String.join("\n", serverLog.lines());
        assertThat(log).contains("error code " + code).contains("at se.psi.");
        assertThat(log).doesNotContain(NAME).doesNotContain("Gömdsson").doesNotContain(EMAIL)
            .doesNotContain(PHONE).doesNotContain("987 65 43");
      } finally {
        server.close();  // before its schema goes
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
