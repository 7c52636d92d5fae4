package se.psi.examples.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the server listens and keeps its data: port 8080 unless {@code --port N} or {@code PSI_PORT} says otherwise;
 * an H2 file under {@code ./data} unless {@code PSI_JDBC_URL} names another database (PostgreSQL, say, with
 * {@code PSI_JDBC_USER} and {@code PSI_JDBC_PASSWORD}).
 */
record Settings(String host, int port, Path dataDirectory) {

  static final int DEFAULT_PORT = 8080;

  static Settings from(String[] args, Map<String, String> environment) {
    int port = environment.containsKey("PSI_PORT") ? port(environment.get("PSI_PORT"), "PSI_PORT") : DEFAULT_PORT;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = port(args[++i], "--port");
      } else if (args[i].startsWith("--port=")) {
        port = port(args[i].substring("--port=".length()), "--port");
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + "; use --port N");
      }
    }
    return new Settings(environment.getOrDefault("PSI_HOST", "0.0.0.0"), port,
        Path.of(environment.getOrDefault("PSI_DATA_DIR", "data")));
  }

  /** The H2 file the data is kept in by default. */
  String defaultJdbcUrl() {
    return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("psi") + ";DB_CLOSE_ON_EXIT=FALSE";
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
}
