package se.psi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.PsiCore;
import se.psi.core.PsiStorage;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Role;
import se.psi.testkit.contract.Concurrently;
import se.psi.testkit.contract.CrossAggregateRacesContract;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;
import se.psi.testkit.time.TestClock;

/**
 * A longer run of the races the build runs briefly (psi-testkit's {@link CrossAggregateRacesContract}), on
 * PostgreSQL with two cores over one schema, each with a pool of its own as two server processes would have: every
 * race with many more rounds, failing at the first rule broken. Then what holding them costs: 16 clients register
 * for one public dialogue at once (each change waits for the meeting's lock, and none is refused), against the same
 * 16 clients each registering for a dialogue of its own (nothing to wait for), on the same cores, in turns.
 *
 * <pre>{@code
 * ./mvnw -q -pl psi-bench -am install -DskipTests && ./mvnw -q -f psi-bench/pom.xml exec:exec \
 *     -Dexec.args="-classpath %classpath se.psi.bench.ContendedChangesLoad"
 * }</pre>
 *
 * writes {@code psi-bench/results/<date>-contended.md}.
 */
public final class ContendedChangesLoad {

  static final int CLIENTS = 16;
  private static final Actor COMMITTEE = Actor.of("bench-committee", Role.COMMITTEE_MEMBER);

  /** Registrations per second, all for one dialogue and each client for its own (median of the rounds). */
  record Result(int racesRounds, double oneDialogue, double ownDialogues) {}

  private ContendedChangesLoad() {}

  public static void main(String[] args) throws Exception {
    boolean smoke = List.of(args).contains("--smoke");
    Result result = run(smoke);
    Path out = Path.of("results");
    Files.createDirectories(out);
    Path written = out.resolve(LocalDate.now() + "-contended.md");
    Files.writeString(written, table(result));
    System.out.println(table(result));
    System.out.println("Written to " + written.toAbsolutePath());
  }

  static Result run(boolean smoke) throws Exception {
    int rounds = smoke ? 1 : 40;
    int perClient = smoke ? 2 : 50;
    int timings = smoke ? 1 : 5;
    try (Databases databases = new Databases()) {
      new LongRaces(databases, rounds).runAll();
      List<JdbcStorage> storages = databases.fresh(2);
      List<PsiCore> cores = storages.stream().map(storage -> PsiCore.builder().storage(storage)
          .clock(TestClock.at(CrossAggregateRacesContract.DAY)).ids(IdSource.random()).build())
          .toList();
      List<Double> one = new ArrayList<>();
      List<Double> own = new ArrayList<>();
      for (int round = 0; round < timings; round++) {
        one.add(register(cores, perClient, true));
        own.add(register(cores, perClient, false));
      }
      return new Result(rounds, median(one), median(own));
    }
  }

  /** {@code perClient} registrations on each of {@link #CLIENTS} threads; registrations per second. */
  private static double register(List<PsiCore> cores, int perClient, boolean oneDialogue) throws Exception {
    List<UUID> dialogues = IntStream.range(0, oneDialogue ? 1 : CLIENTS).mapToObj(i -> dialogue(cores.get(0)))
        .toList();
    long start = System.nanoTime();
    List<Integer> accepted = Concurrently.results(IntStream.range(0, CLIENTS).<Callable<Integer>>mapToObj(client ->
        () -> {
          int ok = 0;
          for (int i = 0; i < perClient; i++) {
            ok += cores.get(client % cores.size()).useCase(RegisterForMeetingUseCase.class).registerForMeeting(
                new RegisterForMeetingCommand(Actor.of("visitor-" + client), dialogues.get(client % dialogues.size()),
                    "Förening " + client, null)).isRight() ? 1 : 0;
          }
          return ok;
        }).toList());
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = accepted.stream().mapToInt(Integer::intValue).sum();
    if (total != CLIENTS * perClient) {
      throw new IllegalStateException("MTG-2: " + (CLIENTS * perClient - total) + " registrations were refused");
    }
    return total / seconds;
  }

  private static UUID dialogue(PsiCore core) {
    Meeting planned = core.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(COMMITTEE,
        MeetingFormat.PUBLIC_DIALOGUE, "Samhällssamtal", LocalDate.parse(CrossAggregateRacesContract.DAY)
            .plusMonths(1), null, true, null)).getOrElseThrow(r -> new IllegalStateException(r.toString()));
    return planned.id().value();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  static String table(Result result) {
    return String.format(Locale.ROOT, """
        # Contended changes (PostgreSQL, two cores over one schema)

        Every race of CrossAggregateRacesContract ran %d rounds and held.

        | comparison | ours | baseline | ratio |
        |---|---|---|---|
        | %d clients registering for one dialogue vs each for its own | %.1f registrations/s | %.1f registrations/s | %.2f |
        """, result.racesRounds(), CLIENTS, result.oneDialogue(), result.ownDialogues(),
        result.oneDialogue() / result.ownDialogues());
  }

  /** The races with more rounds, over fresh schemas opened twice. */
  private static final class LongRaces extends CrossAggregateRacesContract {
    private final Databases databases;
    private final int rounds;

    LongRaces(Databases databases, int rounds) {
      this.databases = databases;
      this.rounds = rounds;
    }

    @Override
    protected List<PsiStorage> instances() {
      return List.copyOf(databases.fresh(2));
    }

    @Override
    protected int rounds() {
      return rounds;
    }

    void runAll() throws Exception {
      List<Race> races = List.of(
          this::MEM_7_AU_3_withdrawals_racing_seat_changes_are_never_refused_and_leave_no_former_partner_seated,
          this::MEM_3_of_concurrent_applications_for_one_organisation_one_is_made_and_each_other_is_refused_precisely,
          this::MEM_3_two_open_applications_stored_for_one_organisation_admit_one_partner_and_the_other_is_refused_precisely,
          this::MTG_2_simultaneous_registrations_without_an_expected_version_are_all_accepted,
          this::AU_2_every_read_of_the_committee_is_a_state_some_change_committed);
      for (Race race : races) {
        startCores();
        try {
          race.run();
        } finally {
          databases.close();
        }
      }
    }
  }

  /** One race of the contract. */
  @FunctionalInterface
  private interface Race {
    void run() throws Exception;
  }

  /** Schemas of the PostgreSQL that psi-testkit finds, each opened by two storages; dropped at the end. */
  private static final class Databases implements AutoCloseable {
    private final PostgresEndpoint endpoint = TestPostgres.endpoint();
    private final List<JdbcStorage> storages = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    List<JdbcStorage> fresh(int instances) {
      String schema = "bench_races_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      schemas.add(schema);
      List<JdbcStorage> opened = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        opened.add(JdbcStorage.builder().jdbcUrl(endpoint.jdbcUrl()).user(endpoint.user())
            .password(endpoint.password()).schema(schema).poolSize(6).build());
      }
      storages.addAll(opened);
      return opened;
    }

    /** Closes every storage opened so far and drops their schemas; more may be opened after. */
    @Override
    public void close() throws SQLException {
      storages.forEach(JdbcStorage::close);
      storages.clear();
      try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(),
          endpoint.password()); Statement statement = connection.createStatement()) {
        for (String schema : schemas) {
          statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
      schemas.clear();
    }
  }
}
