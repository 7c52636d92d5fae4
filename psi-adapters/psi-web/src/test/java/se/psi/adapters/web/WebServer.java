package se.psi.adapters.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.HttpServer;
import se.psi.adapters.web.grizzly.PsiGrizzly;
import se.psi.core.PsiCore;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * The API on Jersey and Grizzly over loopback, hosted as docs/web.md shows ({@link PsiGrizzly}), on a free port, with the in-memory ports. Tests say who calls with
 * the headers {@code X-Test-Person}, {@code X-Test-Roles} (comma-separated) and {@code X-Test-Organisation}: a
 * stand-in for the host's authentication.
 */
final class WebServer implements AutoCloseable {

  static final CallerIdentity TEST_HEADERS = request -> Optional.ofNullable(request.getHeaderString("X-Test-Person"))
      .map(person -> new Actor(person,
          Optional.ofNullable(request.getHeaderString("X-Test-Organisation")).map(OrganisationNumber::of),
          roles(request.getHeaderString("X-Test-Roles"))));

  final TestClock clock;
  final InMemoryPsi psi;
  final URI base;
  private final HttpServer server;

  private WebServer(TestClock clock, WebLimits limits, Cors cors) {
    this(clock, limits, cors, InMemoryPsi.create(clock, new SequentialIds()), InMemoryPsi::core,
        UnaryOperator.identity());
  }

  private WebServer(TestClock clock, WebLimits limits, Cors cors, InMemoryPsi psi,
      Function<InMemoryPsi, PsiCore> core, UnaryOperator<PsiWeb.Builder> settings) {
    this.clock = clock;
    this.psi = psi;
    PsiWeb web = settings.apply(PsiWeb.builder().core(core.apply(psi)).callerIdentity(TEST_HEADERS).limits(limits)
        .cors(cors)).build();
    this.server = PsiGrizzly.start(URI.create("http://127.0.0.1:0/"), web);
    this.base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort());
  }

  static WebServer start(String today) {
    return new WebServer(TestClock.at(today), WebLimits.DEFAULTS, Cors.allowing("https://frontend.example"));
  }

  static WebServer start(String today, WebLimits limits) {
    return new WebServer(TestClock.at(today), limits, Cors.none());
  }

  /** Over the in-memory stores, with the core {@code core} builds on them (e.g. with one port replaced). */
  static WebServer start(String today, Function<InMemoryPsi, PsiCore> core) {
    TestClock clock = TestClock.at(today);
    return new WebServer(clock, WebLimits.DEFAULTS, Cors.none(), InMemoryPsi.create(clock, new SequentialIds()),
        core, UnaryOperator.identity());
  }

  /** With the web adapter's settings changed by {@code settings} (an anonymous write limit, say). */
  static WebServer withSettings(String today, UnaryOperator<PsiWeb.Builder> settings) {
    TestClock clock = TestClock.at(today);
    return new WebServer(clock, WebLimits.DEFAULTS, Cors.none(), InMemoryPsi.create(clock, new SequentialIds()),
        InMemoryPsi::core, settings);
  }

  private static Set<Role> roles(String header) {
    return header == null || header.isBlank() ? Set.of()
        : Arrays.stream(header.split(",")).map(String::strip).map(Role::valueOf).collect(Collectors.toSet());
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
