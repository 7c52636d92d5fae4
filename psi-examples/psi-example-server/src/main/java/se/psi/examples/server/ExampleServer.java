package se.psi.examples.server;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.adapters.web.AnonymousWriteLimit;
import se.psi.adapters.web.PsiWeb;
import se.psi.adapters.web.grizzly.PsiGrizzly;
import se.psi.core.PsiCore;
import se.psi.core.shared.IdSource;

/**
 * The partnership server: JDBC storage (migrated on start), demo data on the first start only, the daily jobs (at
 * start-up and every day), the outbox relayed to the log or a broker, the JSON API and the frontend on one port. Stops cleanly on Ctrl-C; a second start keeps
 * the data.
 */
public final class ExampleServer implements AutoCloseable {

  private final JdbcStorage storage;
  private final HttpServer server;
  private final URI uri;
  private final DailyJobs jobs;
  private final EventRelay events;

  private ExampleServer(JdbcStorage storage, HttpServer server, URI uri, DailyJobs jobs, EventRelay events) {
    this.storage = storage;
    this.server = server;
    this.uri = uri;
    this.jobs = jobs;
    this.events = events;
  }

  /** Held, because java.util.logging keeps loggers weakly and would forget the levels set on them. */
  private static final List<Logger> QUIETER = List.of(Logger.getLogger("org.glassfish"),
      Logger.getLogger("org.hibernate.validator"));

  public static void main(String[] args) throws Exception {
    // Jersey warns that the API's resources are not providers, which is true and harmless.
    QUIETER.forEach(logger -> logger.setLevel(Level.SEVERE));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean exitWhenReady = List.of(args).contains(ClassDataTraining.OPTION);
    Settings settings;
    try {
      settings = Settings.from(List.of(args).stream().filter(arg -> !arg.equals(ClassDataTraining.OPTION))
          .toArray(String[]::new), System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (exitWhenReady) {
      System.exit(ClassDataTraining.run(settings, out));
    }
    ExampleServer running = start(settings, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("Stopping ...");
      running.close();
      stopped.countDown();
    }, "psi-shutdown"));
    out.println("PSI is running at " + running.uri() + "  (Ctrl-C stops it)");
    stopped.await();
  }

  /**
   * Starts a server on loopback keeping its data in {@code dataDirectory} (port 0 takes a free one), as a test or a
   * benchmark would; {@link #main} is the command-line way.
   */
  public static ExampleServer start(int port, java.nio.file.Path dataDirectory) throws Exception {
    return start(new Settings("127.0.0.1", port, dataDirectory),
        new PrintStream(java.io.OutputStream.nullOutputStream()));
  }

  /** Starts a server on the system clock (or the day the settings name); port 0 takes a free one. */
  static ExampleServer start(Settings settings, PrintStream log) throws Exception {
    return start(settings, log, Clock.systemUTC());
  }

  /**
   * Starts a server whose clock is {@code system}, moved to the settings' day if they name one. On two threads, for
   * each half waits mostly on its own class loading and the machine has more than one core: opening the database,
   * the schema migration, then the demo data and the daily jobs, on one; the validator, wiring the core and the web
   * application on the other. The port is bound only when both are done, so the first request already sees the data
   * and the jobs' results.
   */
  static ExampleServer start(Settings settings, PrintStream log, Clock system) throws Exception {
    return start(settings, log, system, JdbcStorage.builder().fromEnvironment(settings.defaultJdbcUrl()));
  }

  /** As above, on the database {@code database} connects to (by default the environment's, else the H2 file). */
  static ExampleServer start(Settings settings, PrintStream log, Clock system, JdbcStorage.Builder database)
      throws Exception {
    Files.createDirectories(settings.dataDirectory());
    // Migrated here, not by the builder, to run on the other thread; PSI_JDBC_MIGRATE read as the builder reads it.
    boolean migrate = Optional.ofNullable(System.getenv("PSI_JDBC_MIGRATE")).map(Boolean::parseBoolean).orElse(true);
    ExecutorService data = Executors.newSingleThreadExecutor(task -> new Thread(task, "psi-start-data"));
    // H2 opens (or creates) its file and Flyway migrates it on the other thread while the validator boots here.
    Future<JdbcStorage> opened = data.submit(() -> database.migrateOnStart(false).build());
    Future<?> migrated = data.submit(() -> {
      if (migrate) {
        JdbcStorage.migrate(finished(opened).dataSource(), Optional.empty());
      }
      return null;
    });
    try {
      // One for the server's core and the demo data's: building one reads every constraint's metadata.
      Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
      JdbcStorage storage = finished(opened);
      Clock clock = settings.clock(system);
      LocalDate today = LocalDate.now(clock);
      settings.today().ifPresent(day -> log.println("Running on " + day
          + " (PSI_TODAY or --today); the clock goes on from there."));
      PsiCore core = PsiCore.builder().storage(storage).clock(clock).ids(IdSource.random()).validator(validator)
          .build();
      Future<DailyJobs> ready = data.submit(() -> {
        finished(migrated);
        if (DemoData.loadIfEmpty(storage, validator)) {
          log.println("Loaded the demo data (first start).");
        }
        if (today.isBefore(DemoData.HISTORY_ENDS)) {
          log.println("Note: the example partnership's history runs until " + DemoData.HISTORY_ENDS
              + ", after the day the server runs on (" + today + ").");
        }
        return DailyJobs.start(core, clock, log);
      });
      PsiWeb.Builder api = PsiWeb.builder().core(core).callerIdentity(DemoUsers.identity());
      if (settings.anonymousWritesPerMinute() > 0) {
        api.anonymousWrites(AnonymousWriteLimit.perMinute(settings.anonymousWritesPerMinute()));
      }
      PsiWeb web = api.build();
      ResourceConfig config = ResourceConfig.forApplication(web).register(StaticFiles.class)
          .register(new AfterFirstAnswer(web::prepareOpenApiDocument))
          // The API describes itself in OpenAPI; Jersey's WADL would only add start-up work.
          .property(ServerProperties.WADL_FEATURE_DISABLE, true);
      if (settings.demoSignInFromAnywhere()) {
        log.println("WARNING: the demo sign-in has no password and PSI_DEMO_SIGN_IN_FROM_ANYWHERE lets every address"
            + " that reaches this server act as any demo user, the committee and the administrator included.");
      } else {
        config.register(DemoSignInGuard.class);
      }
      HttpServer server = PsiGrizzly.create(
          URI.create("http://" + settings.host() + ":" + settings.port() + "/"), config);
      DailyJobs jobs = null;
      EventRelay events = null;
      try {
        jobs = finished(ready);
        events = EventRelay.start(settings.events(), storage, clock, log);
        server.start();
      } catch (Exception | Error e) {
        if (events != null) {
          events.close();
        }
        if (jobs != null) {
          jobs.close();
        }
        server.shutdownNow();
        throw e;
      }
      int port = server.getListener("grizzly").getPort();
      String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
      return new ExampleServer(storage, server, URI.create("http://" + host + ":" + port + "/"), jobs, events);
    } catch (Exception | Error e) {
      data.shutdownNow();
      data.awaitTermination(1, TimeUnit.MINUTES);  // not closing the pool under a migration still running
      if (opened.isDone() && !opened.isCancelled()) {
        try {
          opened.get().close();
        } catch (ExecutionException notOpened) {
          // never opened, so nothing to close
        }
      }
      throw e;
    } finally {
      data.shutdown();
    }
  }

  /** The result of work done on the other start-up thread, or what it failed with, as if done on this one. */
  private static <T> T finished(Future<T> work) throws Exception {
    try {
      return work.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception failure) {
        throw failure;
      }
      throw (Error) e.getCause();
    }
  }

  /** Where the server answers, e.g. {@code http://localhost:8080/}. */
  public URI uri() {
    return uri;
  }

  @Override
  public void close() {
    jobs.close();
    server.shutdownNow();
    if (events != null) {
      events.close();
    }
    storage.close();
  }
}
