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
 * run on a past or future date.
 */
record Settings(String host, int port, Path dataDirectory, Optional<LocalDate> today) {

  static final int DEFAULT_PORT = 8080;
  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  /** On the system clock's day. */
  Settings(String host, int port, Path dataDirectory) {
    this(host, port, dataDirectory, Optional.empty());
  }

  /** The same settings with the data kept in {@code directory}. */
  Settings in(Path directory) {
    return new Settings(host, port, directory, today);
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
        Path.of(environment.getOrDefault("PSI_DATA_DIR", "data")), today);
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
