package se.psi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.PsiCore;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.port.in.FindMembershipApplicationsQuery;
import se.psi.core.membership.port.in.FindMembershipApplicationsUseCase;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FollowUpYearUseCase;
import se.psi.core.plan.port.in.YearQuery;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.shared.Sector;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Benchmark 5: reads through the use cases and the JDBC adapter on PostgreSQL with 1,000, 100,000 and 1,000,000
 * partners and as many membership applications stored; the smallest size is the baseline a flat latency is
 * measured against. Each size reports the median of repeated calls of: the first page of one sector's partners (the
 * page a frontend opens), the first page of the committee's queue of applications, and the yearly follow-up, which
 * counts the year's applications (all of them are submitted in that year, the worst case): its cost grows with them,
 * so it is held to a bound of one second instead.
 */
final class ScaleLoad {

  /** The median latency of one read at one size. */
  record Result(String read, int rows, double medianMillis) {}

  static final String PARTNERS = "list partners, first page of a sector";
  static final String APPLICATIONS = "list membership applications awaiting decision, first page";
  static final String FOLLOW_UP = "yearly follow-up counting the year's membership applications";
  static final List<String> READS = List.of(PARTNERS, APPLICATIONS, FOLLOW_UP);
  /** The follow-up over a million applications should take well under this. */
  static final double FOLLOW_UP_BOUND_MILLIS = 1_000;

  private static final Sector[] SECTORS = Sector.values();
  private static final int YEAR = 2023;
  private static final Actor COMMITTEE = Actor.of("au-bench", Role.COMMITTEE_MEMBER);

  private ScaleLoad() {}

  static List<Result> run(boolean smoke) throws SQLException {
    int[] sizes = smoke ? new int[] {1_000} : new int[] {1_000, 100_000, 1_000_000};
    PostgresEndpoint postgres = TestPostgres.endpoint();
    String schema = "scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(postgres.jdbcUrl()).user(postgres.user())
        .password(postgres.password()).schema(schema).poolSize(4).build()) {
      // The end of the measured year, not the machine's day: what is read must not change with the date it runs on.
      PsiCore core = PsiCore.builder().storage(storage).clock(Clock.fixed(LocalDate.of(YEAR, 12, 31).atTime(12, 0)
          .atZone(ZoneId.of("Europe/Stockholm")).toInstant(), ZoneId.of("Europe/Stockholm"))).ids(IdSource.random())
          .build();
      planTheYear(core);
      List<Result> results = new ArrayList<>();
      int stored = 0;
      for (int size : sizes) {
        insertPartners(storage, stored, size);
        insertApplications(storage, stored, size);
        stored = size;
        vacuum(storage);
        int calls = smoke ? 5 : 200;
        results.add(new Result(PARTNERS, size, medianMillis(calls, () -> core.useCase(FindPartnersUseCase.class)
            .findPartners(new FindPartnersQuery(Actor.of("anyone"), Sector.CIVIL_SOCIETY, null, false, 0, 20)))));
        results.add(new Result(APPLICATIONS, size, medianMillis(calls, () -> core.useCase(
            FindMembershipApplicationsUseCase.class).findMembershipApplications(
                new FindMembershipApplicationsQuery(COMMITTEE, ApplicationStatus.SUBMITTED, 0, 20)))));
        results.add(new Result(FOLLOW_UP, size, medianMillis(smoke ? 5 : 21, () -> core.useCase(
            FollowUpYearUseCase.class).followUpYear(new YearQuery(COMMITTEE, YEAR)))));
      }
      drop(storage, schema);
      return results;
    }
  }

  private static double medianMillis(int calls, Supplier<io.vavr.control.Either<?, ?>> read) {
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      long began = System.nanoTime();
      read.get().getOrElseThrow(r -> new IllegalStateException(r.toString()));
      nanos.add(System.nanoTime() - began);
    }
    return nanos.stream().sorted().toList().get(calls / 2) / 1e6;
  }

  /** The follow-up needs an operational plan and the year's activity list. */
  private static void planTheYear(PsiCore core) {
    var plan = core.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(COMMITTEE, "Verksamhetsplan", YEAR, YEAR + 1,
            List.of("Fler sociala innovationer"))).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    core.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(COMMITTEE, YEAR,
        plan.id().value(), 1, "Samhällssamtal", "AU", 4, "Fyra samhällssamtal"))
        .getOrElseThrow(r -> new IllegalStateException(r.toString()));
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

  /**
   * Applications from {@code from} up to {@code to}, generated in the database: all submitted in {@link #YEAR},
   * a quarter at each status. Only those awaiting decision are read back, and they need no decision rows.
   */
  private static void insertApplications(JdbcStorage storage, int from, int to) throws SQLException {
    String organisation = OrganisationNumber.withCheckDigit("823000000").digits();
    try (Connection connection = storage.dataSource().getConnection(); PreparedStatement insert =
        connection.prepareStatement("INSERT INTO membership_application (id, organisation_number,"
            + " organisation_name, organisation_kind, sector, submitted_on, status, version)"
            + " SELECT gen_random_uuid(), ?, 'Organisation ' || lpad(n::text, 7, '0'), 'ASSOCIATION',"
            + " 'CIVIL_SOCIETY', DATE '" + YEAR + "-01-01' + (n % 365),"
            + " (ARRAY['SUBMITTED', 'INCOMPLETE', 'ADMITTED', 'REFUSED'])[n % 4 + 1], 1"
            + " FROM generate_series(?, ?) AS n")) {
      insert.setString(1, organisation);
      insert.setInt(2, from);
      insert.setInt(3, to - 1);
      insert.executeUpdate();
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

  /** As autovacuum would in a live database: fresh statistics, and a visibility map for index-only scans. */
  private static void vacuum(JdbcStorage storage) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM ANALYZE partner");
      statement.execute("VACUUM ANALYZE membership_application");
    }
  }

  private static void drop(JdbcStorage storage, String schema) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
