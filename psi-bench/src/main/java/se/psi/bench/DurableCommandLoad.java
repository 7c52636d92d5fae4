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
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Benchmark 3: durable commands on PostgreSQL. Ours: the committee decides membership applications through the use
 * case, with the JDBC adapter reading the application, then writing it, its decision with the explanation, the new
 * partner, its contact register and appointment, the audit entry and the two events in the outbox, in one
 * transaction. Baseline: raw JDBC writing the same rows into the same tables, one statement each, {@code BEGIN;
 * UPDATE; INSERT x7; COMMIT}, with the explanation and event payloads our run wrote, and nothing read or checked.
 * Clients 1, 4 and 8; runs interleaved, ours and the baseline taking turns first; each decides fresh applications.
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
    int rounds = smoke ? 1 : 5;
    PostgresEndpoint postgres = TestPostgres.endpoint();
    String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user())
        .password(postgres.password()).schema(schema).poolSize(10).build()) {
      PsiCore core = PsiCore.builder().storage(storage).clock(java.time.Clock.fixed(
          Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC)).ids(IdSource.random()).build();
      Written written = written(storage, core);
      List<Result> results = new ArrayList<>();
      for (int clients : CLIENTS) {
        List<Double> ours = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          if (round % 2 == 0) {
            ours.add(decide(core, clients, perClient));
            baseline.add(raw(storage, core, written, clients, perClient));
          } else {
            baseline.add(raw(storage, core, written, clients, perClient));
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
    List<List<Applied>> work = applications(core, clients, perClient);
    return timed(clients, perClient, client -> {
      for (Applied application : work.get(client)) {
        decide(core, application);
      }
    });
  }

  private static MembershipApplication decide(PsiCore core, Applied application) {
    return core.useCase(DecideMembershipUseCase.class).decideMembership(new DecideMembershipCommand(COMMITTEE,
        application.id(), null)).getOrElseThrow(r -> new IllegalStateException(r.toString()));
  }

  /** An application waiting for the committee, and its organisation's number. */
  private record Applied(UUID id, String organisation) {}

  private static List<List<Applied>> applications(PsiCore core, int clients, int perClient) {
    List<List<Applied>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Applied> mine = new ArrayList<>();
      for (int i = 0; i < perClient; i++) {
        mine.add(apply(core));
      }
      work.add(mine);
    }
    return work;
  }

  private static Applied apply(PsiCore core) {
    String number = Fixtures.anOrganisationNumber().toString();
    var applied = core.useCase(ApplyForMembershipUseCase.class).applyForMembership(new ApplyForMembershipCommand(
        ADMIN, new OrganisationDetails(number, "Förening " + number, OrganisationKind.ASSOCIATION, null),
        new BoardDecisionDetails(LocalDate.of(2022, 2, 1), "Styrelsen", "§ 7"),
        new ContactPersonDetails("Kim Berg", "Samordnare", "kim@example.se", null, false), null, null))
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
    return new Applied(applied.id().value(), applied.organisation().organisationNumber().digits());
  }

  /** What one of our decisions wrote that the baseline writes again: the explanation and the event payloads. */
  private record Written(String evaluations, String partnerEvent, String contactEvent) {}

  private static Written written(JdbcStorage storage, PsiCore core) throws SQLException {
    Applied sample = apply(core);
    UUID partner = decide(core, sample).latestDecision().orElseThrow().partnerId().orElseThrow().value();
    try (Connection connection = storage.dataSource().getConnection()) {
      return new Written(text(connection, "SELECT evaluations FROM membership_decision WHERE application_id = ?",
          sample.id()), text(connection, "SELECT payload FROM outbox WHERE aggregate_id = ? AND aggregate_type ="
              + " 'Partner'", partner.toString()), text(connection, "SELECT payload FROM outbox WHERE aggregate_id = ?"
              + " AND aggregate_type = 'PartnerContact'", partner.toString()));
    }
  }

  private static String text(Connection connection, String sql, Object key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, key);
      try (var rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("nothing for " + sql);
        }
        return rows.getString(1);
      }
    }
  }

  /** The baseline: per command one transaction writing the rows our decision writes, one statement each. */
  private static double raw(JdbcStorage storage, PsiCore core, Written written, int clients, int perClient)
      throws Exception {
    List<List<Applied>> work = applications(core, clients, perClient);
    return timed(clients, perClient, client -> {
      try (Connection connection = storage.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        for (Applied application : work.get(client)) {
          writeDecision(connection, application, written);
          connection.commit();
        }
      }
    });
  }

  private static void writeDecision(Connection connection, Applied application, Written written)
      throws SQLException {
    UUID partner = UUID.randomUUID();
    java.sql.Date day = java.sql.Date.valueOf(LocalDate.of(2022, 3, 1));
    java.time.OffsetDateTime now = java.time.OffsetDateTime.of(2022, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    write(connection, "UPDATE membership_application SET contact_name = '', contact_role = '', contact_email = '',"
        + " contact_phone = NULL, contact_erased = TRUE, status = 'ADMITTED', version = 2 WHERE id = ?",
        application.id());
    write(connection, "INSERT INTO membership_decision (application_id, seq, outcome, decided_on, decided_by,"
        + " ruleset_version, partner_id, evaluations) VALUES (?, 0, 'ADMITTED', ?, 'bench-committee',"
        + " 'orebro-2022', ?, ?)", application.id(), day, partner, written.evaluations());
    write(connection, "INSERT INTO partner (id, organisation_number, organisation_name, organisation_kind, sector,"
        + " current_organisation, application_id, admitted_on, admitted_under, status, version) VALUES (?, ?, ?,"
        + " 'ASSOCIATION', 'CIVIL_SOCIETY', ?, ?, ?, 'orebro-2022', 'ACTIVE', 1)", partner,
        application.organisation(), "Förening " + application.organisation(), application.organisation(),
        application.id(), day);
    write(connection, "INSERT INTO partner_contact (partner_id, organisation_number, municipality, active,"
        + " version) VALUES (?, ?, FALSE, TRUE, 1)", partner, application.organisation());
    write(connection, "INSERT INTO contact_appointment (contact_person_id, partner_id, seq, is_current, name, role,"
        + " email, official, erased, from_date) VALUES (?, ?, 0, TRUE, 'Kim Berg', 'Samordnare', 'kim@example.se',"
        + " FALSE, FALSE, ?)", UUID.randomUUID(), partner, day);
    write(connection, "INSERT INTO outbox (event_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)"
        + " VALUES (?, 'Partner', ?, 'PartnerAdmitted', ?, ?)", UUID.randomUUID(), partner.toString(),
        written.partnerEvent(), now);
    write(connection, "INSERT INTO outbox (event_id, aggregate_type, aggregate_id, event_type, payload, occurred_at)"
        + " VALUES (?, 'PartnerContact', ?, 'ContactPersonAppointed', ?, ?)", UUID.randomUUID(), partner.toString(),
        written.contactEvent(), now);
    write(connection, "INSERT INTO audit_entry (id, at, actor_person_id, use_case, resource_type, resource_id,"
        + " outcome) VALUES (?, ?, 'bench-committee', 'DecideMembership', 'MembershipApplication', ?, 'ACCEPTED')",
        UUID.randomUUID(), now, application.id().toString());
  }

  private static void write(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      if (statement.executeUpdate() != 1) {
        throw new IllegalStateException("not written: " + sql);
      }
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
