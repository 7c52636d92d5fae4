package se.psi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a run ran: the JDK, the processors, the operating system and the commit measured. */
final class Environment {

  private Environment() {}

  static Map<String, Object> describe() {
    Map<String, Object> environment = new LinkedHashMap<>();
    environment.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    environment.put("cpus", Runtime.getRuntime().availableProcessors());
    environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    environment.put("commit", commit());
    environment.put("postgresql", postgresVersion());
    return environment;
  }

  /** The version of the PostgreSQL server the durable-command load runs on. */
  private static String postgresVersion() {
    se.psi.testkit.services.PostgresEndpoint postgres = se.psi.testkit.services.TestPostgres.endpoint();
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
        postgres.password())) {
      return connection.getMetaData().getDatabaseProductVersion() + " (" + postgres.origin() + ")";
    } catch (java.sql.SQLException e) {
      return "unreachable: " + e.getMessage();
    }
  }

  /** The commit, marked {@code +changes} when the working tree differs from it. */
  private static String commit() {
    String head = git("rev-parse", "HEAD");
    String changes = git("status", "--porcelain", "--untracked-files=no");
    return head == null ? "unknown" : head + (changes == null || changes.isEmpty() ? "" : "+changes");
  }

  private static String git(String... arguments) {
    try {
      String[] command = new String[arguments.length + 1];
      command[0] = "git";
      System.arraycopy(arguments, 0, command, 1, arguments.length);
      Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
