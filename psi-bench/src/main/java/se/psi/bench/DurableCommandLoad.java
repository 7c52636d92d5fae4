package se.psi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.PsiCore;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Benchmark 3: durable commands on PostgreSQL. Ours: the committee decides membership applications through the use
 * case, with the JDBC adapter writing the application, the new partner, its contact register, the audit entry and
 * the outbox in one transaction. Baseline: raw JDBC {@code BEGIN; INSERT x5; COMMIT} of rows of the same kinds and
 * sizes in the same database. Clients 1, 4 and 8; runs interleaved, ours and the baseline taking turns first.
 */
final class DurableCommandLoad {

  static final int[] CLIENTS = {1, 4, 8};
  private static final Actor ADMIN = Actor.of("bench-admin", Role.ADMINISTRATOR);
  private static final Actor COMMITTEE = Actor.of("bench-committee", Role.COMMITTEE_MEMBER);

  /** Commands per second for each client count, ours and the baseline (median of the rounds). */
  record Result(int clients, double ours, double baseline) {}

  private DurableCommandLoad() {}

  static List<Result> run(boolean smoke) throws Exception {
    int perClient = smoke ? 10 : 300;
    int rounds = smoke ? 1 : 3;
    PostgresEndpoint postgres = TestPostgres.endpoint();
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user())
        .password(postgres.password()).schema(schema).poolSize(10).build()) {
      createRawTables(storage);
      PsiCore core = storage.ports(PsiCore.builder()).clock(java.time.Clock.fixed(
          Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC)).build();
      List<Result> results = new ArrayList<>();
      for (int clients : CLIENTS) {
        List<Double> ours = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          if (round % 2 == 0) {
            ours.add(decide(core, clients, perClient));
            baseline.add(raw(storage, clients, perClient));
          } else {
            baseline.add(raw(storage, clients, perClient));
            ours.add(decide(core, clients, perClient));
          }
        }
        results.add(new Result(clients, median(ours), median(baseline)));
      }
      dropSchema(storage, schema);
      return results;
    }
  }

  /** Decides {@code perClient} fresh applications on each of {@code clients} threads; commands per second. */
  private static double decide(PsiCore core, int clients, int perClient) throws Exception {
    List<List<UUID>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<UUID> mine = new ArrayList<>();
      for (int i = 0; i < perClient; i++) {
        mine.add(apply(core).applicationId());
      }
      work.add(mine);
    }
    return timed(clients, perClient, client -> {
      for (UUID application : work.get(client)) {
        core.useCase(DecideMembershipUseCase.class).decideMembership(new DecideMembershipCommand(COMMITTEE,
            application, null)).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      }
    });
  }

  private record Applied(UUID applicationId) {}

  private static Applied apply(PsiCore core) {
    String number = Fixtures.anOrganisationNumber().toString();
    return new Applied(core.useCase(ApplyForMembershipUseCase.class).applyForMembership(new ApplyForMembershipCommand(
        ADMIN, new OrganisationDetails(number, "Förening " + number, OrganisationKind.ASSOCIATION, null),
        new BoardDecisionDetails(LocalDate.of(2022, 2, 1), "Styrelsen", "§ 7"),
        new ContactPersonDetails("Kim Berg", "Samordnare", "kim@example.se", null, false), null, null))
        .getOrElseThrow(r -> new IllegalStateException(r.toString())).id().value());
  }

  /** The baseline: one transaction of five inserts per command, of the same kinds of rows. */
  private static double raw(JdbcStorage storage, int clients, int perClient) throws Exception {
    return timed(clients, perClient, client -> {
      try (Connection connection = storage.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        for (int i = 0; i < perClient; i++) {
          insert(connection, "INSERT INTO raw_decision (id, payload) VALUES (?, ?)", UUID.randomUUID(),
              "{\"outcome\":\"ADMITTED\",\"evaluations\":[" + "{\"ruleId\":\"MEM-1\",\"verdict\":\"MET\"},".repeat(6)
                  + "{}]}");
          insert(connection, "INSERT INTO raw_partner (id, payload) VALUES (?, ?)", UUID.randomUUID(),
              "802000-0009 Förening");
          insert(connection, "INSERT INTO raw_contact (id, payload) VALUES (?, ?)", UUID.randomUUID(),
              "Kim Berg, Samordnare, kim@example.se");
          insert(connection, "INSERT INTO raw_audit (id, payload) VALUES (?, ?)", UUID.randomUUID(),
              "bench-committee DecideMembership ACCEPTED");
          insert(connection, "INSERT INTO raw_outbox (id, payload) VALUES (?, ?)", UUID.randomUUID(),
              "{\"type\":\"PartnerAdmitted\",\"payload\":{}}");
          connection.commit();
        }
      }
    });
  }

  private static void insert(Connection connection, String sql, UUID id, String payload) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, id);
      statement.setString(2, payload);
      statement.executeUpdate();
    }
  }

  @FunctionalInterface
  private interface ClientWork {
    void run(int client) throws Exception;
  }

  /** Starts all clients together and returns commands per second over the slowest client's finish. */
  private static double timed(int clients, int perClient, ClientWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(pool.submit(() -> {
          start.await();
          work.run(client);
          return null;
        }));
      }
      long began = System.nanoTime();
      start.countDown();
      for (Future<?> future : running) {
        future.get();
      }
      return clients * perClient / ((System.nanoTime() - began) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void createRawTables(JdbcStorage storage) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      for (String table : List.of("raw_decision", "raw_partner", "raw_contact", "raw_audit", "raw_outbox")) {
        statement.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, payload TEXT NOT NULL)");
      }
    }
  }

  private static void dropSchema(JdbcStorage storage, String schema) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static Map<String, Object> asReport(List<Result> results) {
    Map<String, Object> report = new LinkedHashMap<>();
    results.forEach(r -> report.put(r.clients() + " clients", Map.of("ours", r.ours(), "baseline", r.baseline(),
        "ratio", r.ours() / r.baseline(), "unit", "commands/s")));
    return report;
  }
}
