package se.psi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.adapters.web.CallerIdentity;
import se.psi.adapters.web.PsiWeb;
import se.psi.core.PsiCore;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Benchmark 6: what one change over HTTP costs with few and with many aggregates of its kind stored. Two servers run
 * side by side on PostgreSQL, each over its own schema: one holds {@value #FEW} aggregates of each kind, the other as
 * many plus copies up to {@value #MANY}. The same change is sent to both in turn (alternating which goes first), each
 * on an aggregate it has not changed before, and the medians are compared: a change that reads only its own aggregate
 * costs the same in both, one that lists or scans its kind does not.
 */
final class ChangeAtScaleLoad {

  /** The median latency of one kind's change with few and with many stored. */
  record Result(String kind, int few, int many, double fewMedianMillis, double manyMedianMillis) {

    /** Above 0.9 is what is asked: the change with many stored costs at most about a tenth more. */
    double ratio() {
      return fewMedianMillis / manyMedianMillis;
    }
  }

  static final int FEW = 100;
  static final int MANY = 100_000;
  private static final String CALLER = "X-Bench-Caller";
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final Map<String, Actor> CALLERS = Map.of(
      "committee", Actor.of("au-bench", Role.COMMITTEE_MEMBER),
      "admin", Actor.of("admin-bench", Role.ADMINISTRATOR),
      "adviser", Actor.of("adviser-bench", Role.ADVISER));
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangeAtScaleLoad() {}

  static List<Result> run(boolean smoke) throws Exception {
    int live = smoke ? 4 : FEW;
    int warmUp = smoke ? 1 : 20;
    int many = smoke ? 1_000 : MANY;
    PostgresEndpoint postgres = TestPostgres.endpoint();
    try (Site few = Site.start(postgres); Site lots = Site.start(postgres)) {
      List<Result> results = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        List<Target> onFew = few.create(kind, live);
        List<Target> onLots = lots.create(kind, live);
        lots.fillUp(kind.table, many - live);
        List<Long> fewNanos = new ArrayList<>();
        List<Long> lotsNanos = new ArrayList<>();
        for (int i = 0; i < live; i++) {
          // Alternating who goes first, so that neither gains from the other warming a cache.
          boolean fewFirst = i % 2 == 0;
          long first = (fewFirst ? few : lots).change(kind, (fewFirst ? onFew : onLots).get(i));
          long second = (fewFirst ? lots : few).change(kind, (fewFirst ? onLots : onFew).get(i));
          if (i >= warmUp || smoke) {
            (fewFirst ? fewNanos : lotsNanos).add(first);
            (fewFirst ? lotsNanos : fewNanos).add(second);
          }
        }
        results.add(new Result(kind.label, live, many, median(fewNanos), median(lotsNanos)));
      }
      return results;
    }
  }

  private static double median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(sorted.size() / 2) / 1e6;
  }

  /** One aggregate to change: where it is and the version its change expects. */
  record Target(String path, long version) {}

  /** The kinds whose changes once listed their kind to find one; each with how one is made and changed. */
  enum Kind {
    IDEAS("triage an idea", "idea"),
    ADVISORY_CASES("record an advisory case's outcome", "advisory_case"),
    PROJECTS("anchor a project", "project"),
    PRESENTATIONS("schedule a presentation", "presentation_obligation"),
    OPERATIONAL_PLANS("adopt an operational plan", "operational_plan");

    final String label;
    final String table;

    Kind(String label, String table) {
      this.label = label;
      this.table = table;
    }
  }

  /** A server over its own schema, with what each kind's changes need made once. */
  private static final class Site implements AutoCloseable {

    private final JdbcStorage storage;
    private final String schema;
    private final HttpServer server;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String partner;
    private String dialogue;
    private String generalMeeting;

    private Site(JdbcStorage storage, String schema, HttpServer server) {
      this.storage = storage;
      this.schema = schema;
      this.server = server;
      this.base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort());
    }

    static Site start(PostgresEndpoint postgres) {
      String schema = "change_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      JdbcStorage storage = JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user())
          .password(postgres.password()).schema(schema).poolSize(4).build();
      // A fixed day, not the machine's: the meetings and plans below are dated around it.
      PsiCore core = PsiCore.builder().storage(storage).ids(IdSource.random())
          .clock(Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), STOCKHOLM)).build();
      CallerIdentity callers = request -> Optional.ofNullable(request.getHeaderString(CALLER)).map(CALLERS::get);
      HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
          ResourceConfig.forApplication(PsiWeb.builder().core(core).callerIdentity(callers).build()), true);
      return new Site(storage, schema, server);
    }

    /** {@code count} new aggregates of the kind, made as users make them, over HTTP. */
    List<Target> create(Kind kind, int count) throws IOException, InterruptedException {
      List<Target> made = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        made.add(switch (kind) {
          case IDEAS -> idea();
          case ADVISORY_CASES -> created("admin", "/api/v1/advisory-cases", Map.of("organisationName",
              "Föreningen Språkvänner", "organisationKind", "ASSOCIATION", "idea", "Språkcafé", "challenge",
              "Ensamhet", "advisers", List.of("adviser-bench")));
          case PROJECTS -> created("admin", "/api/v1/projects", Map.of("owner", partner(), "title", "Fritidsbank",
              "description", "Lån av utrustning"));
          case PRESENTATIONS -> created("committee", "/api/v1/presentations", Map.of("projectReference", "P-" + i,
              "projectTitle", "Språkcafé"));
          case OPERATIONAL_PLANS -> created("committee", "/api/v1/operational-plans", Map.of("title", "Plan " + i,
              "fromYear", 2021, "toYear", 2026, "goals", List.of("Dialog", "Samverkan")));
        });
      }
      return made;
    }

    /** Changes the target as the kind's user does; returns the nanoseconds to its answer. */
    long change(Kind kind, Target target) throws IOException, InterruptedException {
      String caller = kind == Kind.ADVISORY_CASES ? "adviser" : "committee";
      Object body = switch (kind) {
        case IDEAS -> Map.of("outcome", "TO_ADVICE", "note", "Till rådgivningen");
        case ADVISORY_CASES -> Map.of("kind", "ADVICE_GIVEN", "note", "Råd om finansiering", "close", false);
        case PROJECTS -> null;
        case PRESENTATIONS -> Map.of("meetingId", dialogue());
        case OPERATIONAL_PLANS -> Map.of("meetingId", generalMeeting());
      };
      String step = switch (kind) {
        case IDEAS -> "/triage";
        case ADVISORY_CASES -> "/outcomes";
        case PROJECTS -> "/anchoring";
        case PRESENTATIONS -> "/scheduling";
        case OPERATIONAL_PLANS -> "/adoption";
      };
      HttpRequest request = post(caller, target.path() + step, body)
          .header("If-Match", "\"" + target.version() + "\"").build();
      long began = System.nanoTime();
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - began;
      require(answer, 200);
      return took;
    }

    /**
     * Copies of the kind's first row up to {@code count} more, made in the database: what is measured is the cost of
     * finding one among many, so the copies need only be rows of the kind (unique columns get a suffix).
     */
    void fillUp(String table, int count) throws SQLException {
      try (Connection connection = storage.dataSource().getConnection()) {
        connection.setAutoCommit(true);
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> unique = uniqueColumns(connection, table);
        try (PreparedStatement read = connection.prepareStatement("SELECT column_name, data_type FROM"
            + " information_schema.columns WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
          read.setString(1, schema);
          read.setString(2, table);
          try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
              String column = rows.getString(1);
              columns.add(column);
              values.add(column.equals("id") ? "gen_random_uuid()"
                  : unique.contains(column) ? "left(t." + column + ", 80) || '-' || n" : "t." + column);
            }
          }
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
              + String.join(", ", values) + " FROM (SELECT * FROM " + table + " LIMIT 1) t, generate_series(1, "
              + count + ") AS n");
          statement.execute("VACUUM ANALYZE " + table);
        }
      }
    }

    private List<String> uniqueColumns(Connection connection, String table) throws SQLException {
      List<String> unique = new ArrayList<>();
      try (PreparedStatement read = connection.prepareStatement("SELECT k.column_name FROM"
          + " information_schema.table_constraints c JOIN information_schema.key_column_usage k"
          + " ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema"
          + " WHERE c.table_schema = ? AND c.table_name = ? AND c.constraint_type = 'UNIQUE'")) {
        read.setString(1, schema);
        read.setString(2, table);
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            unique.add(rows.getString(1));
          }
        }
      }
      return unique;
    }

    /** An idea answers with its receipt, not its id: the id is read back as its triager would find it. */
    private Target idea() throws IOException, InterruptedException {
      HttpResponse<String> answer = client.send(post(null, "/api/v1/ideas", Map.of("source", "CITIZEN",
          "challenge", "Unga saknar mötesplatser", "description", "Kvällsöppen verkstad", "channel", "WEB_FORM"))
          .build(), HttpResponse.BodyHandlers.ofString());
      String receipt = require(answer, 201).get("receipt").asText();
      try (Connection connection = storage.dataSource().getConnection(); PreparedStatement read =
          connection.prepareStatement("SELECT id, version FROM idea WHERE receipt = ?")) {
        read.setString(1, receipt);
        try (ResultSet rows = read.executeQuery()) {
          rows.next();
          return new Target("/api/v1/ideas/" + rows.getString(1), rows.getLong(2));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("the idea " + receipt + " was not stored", e);
      }
    }

    private Target created(String caller, String path, Object body) throws IOException, InterruptedException {
      HttpResponse<String> answer = client.send(post(caller, path, body).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = require(answer, 201);
      String etag = answer.headers().firstValue("ETag").orElseThrow();
      return new Target(path + "/" + json.get("id").asText(), Long.parseLong(etag.replace("\"", "")));
    }

    /** An admitted partner, to own the projects. */
    private String partner() throws IOException, InterruptedException {
      if (partner == null) {
        String number = Fixtures.anOrganisationNumber().toString();
        Map<String, Object> application = Map.of(
            "organisation", Map.of("organisationNumber", number, "name", "Förening " + number, "kind", "ASSOCIATION"),
            "boardDecision", Map.of("date", "2022-02-01", "body", "Styrelsen", "reference", "§ 7"),
            "contactPerson", Map.of("name", "Kim Berg", "role", "Samordnare", "email", "kim@example.se",
                "official", false));
        Target applied = created("admin", "/api/v1/membership-applications", application);
        HttpResponse<String> decided = client.send(post("committee", applied.path() + "/decision", null)
            .header("If-Match", "\"" + applied.version() + "\"").build(), HttpResponse.BodyHandlers.ofString());
        partner = require(decided, 200).get("latestDecision").get("partnerId").asText();
      }
      return partner;
    }

    /** A public dialogue ahead, where presentations are scheduled. */
    private String dialogue() throws IOException, InterruptedException {
      if (dialogue == null) {
        dialogue = meeting("PUBLIC_DIALOGUE", "2022-04-05").path().replace("/api/v1/meetings/", "");
      }
      return dialogue;
    }

    /** A general meeting held today, where plans are adopted. */
    private String generalMeeting() throws IOException, InterruptedException {
      if (generalMeeting == null) {
        Target meeting = meeting("GENERAL_MEETING", "2022-03-01");
        HttpResponse<String> held = client.send(post("committee", meeting.path() + "/held", Map.of())
            .header("If-Match", "\"" + meeting.version() + "\"").build(), HttpResponse.BodyHandlers.ofString());
        require(held, 200);
        generalMeeting = meeting.path().replace("/api/v1/meetings/", "");
      }
      return generalMeeting;
    }

    private Target meeting(String format, String date) throws IOException, InterruptedException {
      return created("committee", "/api/v1/meetings", Map.of("format", format, "title", format, "date", date,
          "municipality", "KUMLA"));
    }

    private HttpRequest.Builder post(String caller, String path, Object body) throws IOException {
      HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
          .header("Content-Type", "application/json")
          .POST(body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      return caller == null ? request : request.header(CALLER, caller);
    }

    private static JsonNode require(HttpResponse<String> answer, int status) throws IOException {
      if (answer.statusCode() != status) {
        throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered "
            + answer.statusCode() + ": " + answer.body());
      }
      return JSON.readTree(answer.body());
    }

    @Override
    public void close() throws SQLException {
      server.shutdownNow();
      try (Connection connection = storage.dataSource().getConnection(); Statement statement =
          connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      } finally {
        storage.close();
      }
    }
  }
}
