package se.psi.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import se.psi.adapters.web.CallerIdentity;
import se.psi.adapters.web.PsiWeb;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;

/**
 * Benchmark 4: HTTP load from a second process, wrk on loopback (pinned to the last processor with taskset where
 * there is one), against the web adapter on Jersey and Grizzly over in-memory ports: a read (one partner) and a
 * decision with its explanation (the working committee, whose AU-2 majority is judged on every request), each
 * against a trivial resource on the same server stack. wrk drives each as fast as it can; latencies are at that
 * load (wrk cannot hold a fixed rate, so the p50/p99 at half the baseline's rate is not measured).
 */
final class HttpLoad {

  /** What wrk measured for one path. */
  record Measured(String path, double requestsPerSecond, double p50Millis, double p99Millis) {}

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)");

  private HttpLoad() {}

  /** Whether wrk is installed; without it the HTTP load is left out of a run, and the report says so. */
  static boolean available() {
    return Files.isExecutable(java.nio.file.Path.of("/usr/bin/wrk"));
  }

  /** The trivial resource every path is compared with: the same server stack, no library behind it. */
  @Path("/bench/trivial")
  public static final class Trivial {
    @GET
    @Produces("application/json")
    public String get() {
      return "{\"ok\":true}";
    }
  }

  static Map<String, Measured> run(boolean smoke) throws IOException, InterruptedException {
    InMemoryPsi psi = InMemoryPsi.create(Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC),
        new SequentialIds());
    String partner = admitted(psi);
    PsiWeb web = PsiWeb.builder().core(psi.core()).callerIdentity(CallerIdentity.anonymousOnly()).build();
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        ResourceConfig.forApplication(web).register(Trivial.class), true);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort());
      Map<String, Measured> results = new LinkedHashMap<>();
      for (String path : List.of("/bench/trivial", "/api/v1/partners/" + partner, "/api/v1/working-committee")) {
        wrk(base.resolve(path), smoke ? 1 : 3);  // warm up the server's JIT first
        results.put(path, wrk(base.resolve(path), smoke ? 1 : 10));
      }
      return results;
    } finally {
      server.shutdownNow();
    }
  }

  private static String admitted(InMemoryPsi psi) {
    String id = null;
    for (int i = 0; i < 7; i++) {
      String number = Fixtures.anOrganisationNumber().toString();
      var applied = psi.useCase(ApplyForMembershipUseCase.class).applyForMembership(new ApplyForMembershipCommand(
          Actor.of("admin", Role.ADMINISTRATOR), new OrganisationDetails(number, "Förening " + number,
              OrganisationKind.ASSOCIATION, null), new BoardDecisionDetails(LocalDate.of(2022, 2, 1), "Styrelsen",
              "§ 7"), new ContactPersonDetails("Kim Berg", "Samordnare", "kim@example.se", null, false), null, null))
          .get();
      var decided = psi.useCase(DecideMembershipUseCase.class).decideMembership(new DecideMembershipCommand(
          Actor.of("au", Role.COMMITTEE_MEMBER), applied.id().value(), null)).get();
      id = decided.latestDecision().orElseThrow().partnerId().orElseThrow().toString();
      psi.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(Actor.of("au",
          Role.COMMITTEE_MEMBER), decided.latestDecision().orElseThrow().partnerId().orElseThrow().value(), null,
          null)).get();
    }
    return id;
  }

  private static Measured wrk(URI uri, int seconds) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    int processors = Runtime.getRuntime().availableProcessors();
    if (processors > 1 && Files.isExecutable(java.nio.file.Path.of("/usr/bin/taskset"))) {
      command.addAll(List.of("taskset", "-c", Integer.toString(processors - 1)));
    }
    command.addAll(List.of("wrk", "-t1", "-c16", "-d" + seconds + "s", "--latency", uri.toString()));
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (wrk.waitFor() != 0 || out.contains("Non-2xx")) {
      throw new IllegalStateException("wrk failed or saw errors for " + uri + ":\n" + out);
    }
    Matcher rate = RATE.matcher(out);
    if (!rate.find()) {
      throw new IllegalStateException("no rate in wrk's output:\n" + out);
    }
    Map<String, Double> percentiles = new LinkedHashMap<>();
    Matcher percentile = PERCENTILE.matcher(out);
    while (percentile.find()) {
      double value = Double.parseDouble(percentile.group(2));
      double millis = switch (percentile.group(3)) {
        case "us" -> value / 1000;
        case "s" -> value * 1000;
        default -> value;
      };
      percentiles.put(percentile.group(1), millis);
    }
    return new Measured(uri.getPath(), Double.parseDouble(rate.group(1)),
        Optional.ofNullable(percentiles.get("50")).orElse(Double.NaN),
        Optional.ofNullable(percentiles.get("99")).orElse(Double.NaN));
  }
}
