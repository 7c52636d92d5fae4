package se.psi.examples.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Where the server listens and keeps its data, and which day it runs on: port 8080 unless {@code --port N} or
 * {@code PSI_PORT} says otherwise; an H2 file under {@code ./data} unless {@code PSI_JDBC_URL} names another
 * database (PostgreSQL, say, with {@code PSI_JDBC_USER} and {@code PSI_JDBC_PASSWORD}); today by the system clock
 * unless {@code --today 2027-03-01} or {@code PSI_TODAY} names another day, so that a demonstration or a test can
 * run on a past or future date. As a host it limits anonymous changes to {@code PSI_ANONYMOUS_WRITES_PER_MINUTE} per
 * client address (30; 0 turns the limit off), takes the demo sign-in from this machine only unless
 * {@code PSI_DEMO_SIGN_IN_FROM_ANYWHERE=true}, and relays its events to {@code PSI_EVENTS}: {@code log} (one line
 * per event, the default), an {@code amqp://} URI of a RabbitMQ broker, or {@code off}.
 */
record Settings(String host, int port, Path dataDirectory, Optional<LocalDate> today, int anonymousWritesPerMinute,
    boolean demoSignInFromAnywhere, String events) {

  static final int DEFAULT_PORT = 8080;
  static final int DEFAULT_ANONYMOUS_WRITES_PER_MINUTE = 30;
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /** On the system clock's day. */
  Settings(String host, int port, Path dataDirectory) {
    this(host, port, dataDirectory, Optional.empty());
  }

  /** With the host's defaults: anonymous writes limited, demo sign-in from this machine, events to the log. */
  Settings(String host, int port, Path dataDirectory, Optional<LocalDate> today) {
    this(host, port, dataDirectory, today, DEFAULT_ANONYMOUS_WRITES_PER_MINUTE, false, "log");
  }

  /** The same settings with the data kept in {@code directory}. */
  Settings in(Path directory) {
    return new Settings(host, port, directory, today, anonymousWritesPerMinute, demoSignInFromAnywhere, events);
  }

  /** The same settings with anonymous writes limited to {@code perMinute} (0: not limited). */
  Settings withAnonymousWritesPerMinute(int perMinute) {
    return new Settings(host, port, dataDirectory, today, perMinute, demoSignInFromAnywhere, events);
  }

  static Settings from(String[] args, Map<String, String> environment) {
    int port = environment.containsKey("PSI_PORT") ? port(environment.get("PSI_PORT"), "PSI_PORT") : DEFAULT_PORT;
    Optional<LocalDate> today = Optional.ofNullable(environment.get("PSI_TODAY")).map(day -> day(day, "PSI_TODAY"));
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = port(args[++i], "--port");
      } else if (args[i].startsWith("--port=")) {
        port = port(args[i].substring("--port=".length()), "--port");
      } else if (args[i].equals("--today") && i + 1 < args.length) {
        today = Optional.of(day(args[++i], "--today"));
      } else if (args[i].startsWith("--today=")) {
        today = Optional.of(day(args[i].substring("--today=".length()), "--today"));
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + "; use --port N or --today YYYY-MM-DD");
      }
    }
    // Loopback unless told otherwise: the demo sign-in has no password, so other machines must not reach it unasked.
    return new Settings(environment.getOrDefault("PSI_HOST", "127.0.0.1"), port,
        Path.of(environment.getOrDefault("PSI_DATA_DIR", "data")), today,
        count(environment.getOrDefault("PSI_ANONYMOUS_WRITES_PER_MINUTE",
            Integer.toString(DEFAULT_ANONYMOUS_WRITES_PER_MINUTE)), "PSI_ANONYMOUS_WRITES_PER_MINUTE"),
        yesOrNo(environment.getOrDefault("PSI_DEMO_SIGN_IN_FROM_ANYWHERE", "false"), "PSI_DEMO_SIGN_IN_FROM_ANYWHERE"),
        events(environment.getOrDefault("PSI_EVENTS", "log")));
  }

  private static int count(String value, String source) {
    try {
      int count = Integer.parseInt(value.strip());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(source + " must be a whole number, 0 or more, not " + value);
  }

  private static boolean yesOrNo(String value, String source) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(source + " must be true or false, not " + value);
    };
  }

  private static String events(String value) {
    String events = value.strip();
    if (events.equals("log") || events.equals("off") || events.startsWith("amqp://")
        || events.startsWith("amqps://")) {
      return events;
    }
    throw new IllegalArgumentException("PSI_EVENTS must be log, off or a RabbitMQ URI (amqp://user:password@host:5672)"
        + ", not " + value);
  }

  /** The H2 file the data is kept in by default. */
  String defaultJdbcUrl() {
    return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("psi") + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  /**
   * The server's clock, in Europe/Stockholm: {@code system} itself, or, on a set day, {@code system} moved to that
   * day at its current time of day. Moved, not stopped, so time still passes as on the system clock: events keep
   * their order by time, and a server left running past midnight goes on to the next day, as a real one would.
   */
  Clock clock(Clock system) {
    Clock stockholm = system.withZone(STOCKHOLM);
    return today.map(day -> {
      ZonedDateTime now = ZonedDateTime.now(stockholm);
      return Clock.offset(stockholm, Duration.between(now, day.atTime(now.toLocalTime()).atZone(STOCKHOLM)));
    }).orElse(stockholm);
  }

  private static int port(String value, String source) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(source + " must be a port number (0-65535), not " + value);
  }

  private static LocalDate day(String value, String source) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(source + " must be a date written YYYY-MM-DD (e.g. 2027-03-01), not "
          + value);
    }
  }
}
