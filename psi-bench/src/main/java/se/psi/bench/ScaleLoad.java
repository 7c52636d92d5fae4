package se.psi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.PsiCore;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Sector;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Benchmark 5 (partners): listing partners through the use case and the JDBC adapter on PostgreSQL with 1,000,
 * 100,000 and 1,000,000 partners stored; the smallest is the baseline a flat latency is measured against. Each size
 * reports the median of repeated calls for the first page of one sector (the page a frontend opens).
 */
final class ScaleLoad {

  /** The median latency of the first page at one size. */
  record Result(int partners, double medianMillis) {}

  private static final Sector[] SECTORS = Sector.values();

  private ScaleLoad() {}

  static List<Result> run(boolean smoke) throws SQLException {
    int[] sizes = smoke ? new int[] {1_000} : new int[] {1_000, 100_000, 1_000_000};
    PostgresEndpoint postgres = TestPostgres.endpoint();
    String schema = "scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user())
        .password(postgres.password()).schema(schema).poolSize(4).build()) {
      PsiCore core = storage.ports(PsiCore.builder()).build();
      List<Result> results = new ArrayList<>();
      int stored = 0;
      for (int size : sizes) {
        insertPartners(storage, stored, size);
        stored = size;
        analyze(storage);
        results.add(new Result(size, medianMillis(core, smoke ? 20 : 200)));
      }
      drop(storage, schema);
      return results;
    }
  }

  private static double medianMillis(PsiCore core, int calls) {
    FindPartnersUseCase find = core.useCase(FindPartnersUseCase.class);
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      long began = System.nanoTime();
      find.findPartners(new FindPartnersQuery(Actor.of("anyone"), Sector.CIVIL_SOCIETY, null, false, 0, 20))
          .getOrElseThrow(r -> new IllegalStateException(r.toString()));
      nanos.add(System.nanoTime() - began);
    }
    return nanos.stream().sorted().toList().get(calls / 2) / 1e6;
  }

  /** Partners from {@code from} up to {@code to}, with fictitious valid organisation numbers, in JDBC batches. */
  private static void insertPartners(JdbcStorage storage, int from, int to) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); PreparedStatement insert =
        connection.prepareStatement("INSERT INTO partner (id, organisation_number, current_organisation,"
            + " organisation_name, organisation_kind, sector, application_id, admitted_on, admitted_under, status,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2022-01-20', 'orebro-2022', 'ACTIVE', 1)")) {
      connection.setAutoCommit(false);
      for (int n = from; n < to; n++) {
        String digits = OrganisationNumber.withCheckDigit(String.format("822%06d", n)).digits();
        Sector sector = SECTORS[n % SECTORS.length];
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, digits);
        insert.setString(3, digits);
        insert.setString(4, String.format("Organisation %07d", n));
        insert.setString(5, kindOf(sector));
        insert.setString(6, sector.name());
        insert.setObject(7, UUID.randomUUID());
        insert.addBatch();
        if ((n + 1) % 5_000 == 0) {
          insert.executeBatch();
          connection.commit();
        }
      }
      insert.executeBatch();
      connection.commit();
    }
  }

  private static String kindOf(Sector sector) {
    return switch (sector) {
      case CIVIL_SOCIETY -> "ASSOCIATION";
      case SOCIAL_ECONOMY -> "COOPERATIVE";
      case PUBLIC -> "MUNICIPALITY";
      case ACADEMIA -> "UNIVERSITY";
      case BUSINESS -> "BUSINESS_NETWORK";
    };
  }

  private static void analyze(JdbcStorage storage) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("ANALYZE partner");
    }
  }

  private static void drop(JdbcStorage storage, String schema) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
