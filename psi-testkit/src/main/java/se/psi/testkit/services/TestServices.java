package se.psi.testkit.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * How tests find the services they need. The rules, for every test of this project and for integrators' tests:
 * <ul>
 *   <li>PostgreSQL never skips: {@link TestPostgres} finds a server or starts an embedded one.</li>
 *   <li>RabbitMQ has no embedded equivalent: a test marked {@link RequiresRabbitMq} runs when the broker answers and
 *       is skipped with the reason when it does not, unless the system property {@code psi.requireServices} is
 *       {@code true}, in which case an unreachable broker fails the test.</li>
 * </ul>
 */
public final class TestServices {

  /** System property that turns "skip when unreachable" into "fail when unreachable". */
  public static final String REQUIRE_SERVICES = "psi.requireServices";

  private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

  private TestServices() {}

  public static boolean servicesRequired() {
    return Boolean.getBoolean(REQUIRE_SERVICES);
  }

  /** Whether something accepts TCP connections at {@code host:port}. */
  public static boolean reachable(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A setting from a system property, else an environment variable, else the default. */
  /** A loopback port nothing listens on (it was free a moment ago): for testing what happens when a service is down. */
  public static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no free port on loopback", e);
    }
  }

  static String setting(String systemProperty, String environmentVariable, String defaultValue) {
    String fromProperty = System.getProperty(systemProperty);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return fromProperty;
    }
    String fromEnvironment = System.getenv(environmentVariable);
    return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : defaultValue;
  }
}
