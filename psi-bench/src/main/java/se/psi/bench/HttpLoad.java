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
import java.util.UUID;
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
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
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
 * Benchmark 4: HTTP load from a second process on loopback (pinned to the last processor with taskset where there is
 * one), against the web adapter on Jersey and Grizzly over in-memory ports, each compared with a trivial resource on
 * the same server stack: a read (one partner), the working committee (its AU-2 majority judged on every request)
 * and a decision (the committee decides a membership application under MEM-3, answering with the explanation in the
 * caller's language; each request decides a fresh application that lacks its board decision, so it is decided
 * incomplete, naming what is missing).
 *
 * <p>wrk measures each one's maximum rate, sending as fast as answers return (the trivial resource twice, the faster
 * run counting). Then {@link ConstantRateLoad}, its own process, sends at half the trivial resource's maximum rate,
 * and again at half the endpoint's own maximum, and reports the p50 and p99 latency at each rate.
 */
final class HttpLoad {

  /** The header the benchmark's caller identity reads: the committee decides. */
  static final String CALLER_HEADER = "X-Bench-Caller";
  /** A fresh application is at version 1, so its ETag is "1". */
  static final long FRESH_VERSION = 1;

  /**
   * What the load measured for one endpoint: wrk's maximum rate and the latency there, the latency at half the
   * trivial resource's maximum rate (what the comparison asks), and at half its own maximum rate.
   */
  record Measured(String endpoint, double requestsPerSecond, double p50Millis, double p99Millis, AtRate atRate,
      AtRate atOwnHalf) {}

  /**
   * Latency at a constant rate, from {@link ConstantRateLoad}; {@code seconds} is how long until the last answer,
   * longer than the run when the server (or the load) fell behind.
   */
  record AtRate(double rate, int sent, int ok, int failed, double seconds, double p50Millis, double p99Millis) {

    boolean keptUp(int runSeconds) {
      return failed == 0 && seconds < runSeconds * 1.1;
    }
  }

  static final String TRIVIAL = "GET /bench/trivial";
  static final String PARTNER = "GET /api/v1/partners/{id}";
  static final String COMMITTEE = "GET /api/v1/working-committee";
  static final String DECISION = "POST /api/v1/membership-applications/{id}/decision";
  static final List<String> ENDPOINTS = List.of(TRIVIAL, PARTNER, COMMITTEE, DECISION);

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern CONSTANT = Pattern.compile(
      "sent=(\\d+) ok=(\\d+) failed=(\\d+) seconds=([0-9.]+) p50=([0-9.]+) p99=([0-9.]+)");
  private static final Actor COMMITTEE_MEMBER = Actor.of("au-bench", Role.COMMITTEE_MEMBER);

  private HttpLoad() {}

  /** Whether wrk is installed; without it the HTTP load is left out of a run, and the report says so. */
  static boolean available() {
    return Files.isExecutable(java.nio.file.Path.of("/usr/bin/wrk"));
  }

  /** The trivial resource every endpoint is compared with: the same server stack, no library behind it. */
  @Path("/bench/trivial")
  public static final class Trivial {
    @GET
    @Produces("application/json")
    public String get() {
      return "{\"ok\":true}";
    }
  }

  static List<Measured> run(boolean smoke) throws IOException, InterruptedException {
    InMemoryPsi psi = InMemoryPsi.create(Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC),
        new SequentialIds());
    String partner = admitted(psi);
    CallerIdentity committee = request -> "committee".equals(request.getHeaderString(CALLER_HEADER))
        ? Optional.of(COMMITTEE_MEMBER) : Optional.empty();
    PsiWeb web = PsiWeb.builder().core(psi.core()).callerIdentity(committee).build();
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
        ResourceConfig.forApplication(web).register(Trivial.class), true);
    java.nio.file.Path work = Files.createTempDirectory("psi-http-load");
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort());
      int seconds = smoke ? 1 : 10;
      int warmUp = smoke ? 1 : 5;
      // Jersey and Grizzly on two processors take some twenty seconds of load to reach their speed.
      wrk(base.resolve(path(TRIVIAL, partner)), smoke ? 1 : 20, null);
      List<Measured> results = new ArrayList<>();
      double baseline = 0;
      // One endpoint after another, the trivial resource first (twice, the faster counting: a larger baseline can
      // only make our ratios smaller), each measured at its maximum and then at constant rates before the next one
      // adds to the in-memory stores.
      for (String endpoint : ENDPOINTS) {
        URI uri = base.resolve(path(endpoint, partner));
        boolean decides = endpoint.equals(DECISION);
        // Each decision needs a fresh application. A short smoke run measures the trivial resource before the JIT
        // has warmed up, so a warmer decision endpoint can outrun that baseline: each run gets three times as many
        // applications as the baseline's rate could decide in it.
        wrk(uri, warmUp, decides ? decisionScript(work, applications(psi, freshFor(baseline, warmUp))) : null);
        double[] max = wrk(uri, seconds, decides ? decisionScript(work, applications(psi, freshFor(baseline, seconds)))
            : null);
        if (endpoint.equals(TRIVIAL)) {
          double[] again = wrk(uri, seconds, null);
          max = again[0] > max[0] ? again : max;
          baseline = max[0];
        }
        AtRate atBaselineHalf = constantRate(uri, baseline / 2, warmUp, seconds,
            decides ? idsFile(work, applications(psi, (int) Math.ceil(baseline / 2 * (warmUp + seconds)) + 2)) : null);
        AtRate atOwnHalf = constantRate(uri, max[0] / 2, warmUp, seconds,
            decides ? idsFile(work, applications(psi, (int) Math.ceil(max[0] / 2 * (warmUp + seconds)) + 2)) : null);
        results.add(new Measured(endpoint, max[0], max[1], max[2], atBaselineHalf, atOwnHalf));
      }
      return results;
    } finally {
      server.shutdownNow();
      try (var files = Files.list(work)) {
        for (java.nio.file.Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(work);
    }
  }

  /** How many fresh applications a wrk run of {@code seconds} at up to three times the baseline's rate decides. */
  private static int freshFor(double baseline, int seconds) {
    return (int) (baseline * 3 * seconds) + 2_000;
  }

  private static String path(String endpoint, String partner) {
    return switch (endpoint) {
      case TRIVIAL -> "/bench/trivial";
      case PARTNER -> "/api/v1/partners/" + partner;
      case COMMITTEE -> "/api/v1/working-committee";
      default -> "/api/v1/membership-applications";
    };
  }

  /** Seven partners on the committee; returns one partner's id. */
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
          COMMITTEE_MEMBER, applied.id().value(), null)).get();
      id = decided.latestDecision().orElseThrow().partnerId().orElseThrow().toString();
      psi.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(COMMITTEE_MEMBER,
          decided.latestDecision().orElseThrow().partnerId().orElseThrow().value(), null, null)).get();
    }
    return id;
  }

  /**
   * Fresh applications to decide, stored straight into the in-memory port (applying through the use case checks the
   * organisation's earlier applications, which the in-memory port finds by scanning). Returns their ids.
   */
  private static List<String> applications(InMemoryPsi psi, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      var application = MembershipApplication.submit(new MembershipApplicationId(UUID.randomUUID()),
          Fixtures.anAssociation(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          LocalDate.of(2022, 2, 15), Fixtures.eventMeta()).application();
      psi.applications().save(application);
      ids.add(application.id().value().toString());
    }
    return ids;
  }

  private static java.nio.file.Path idsFile(java.nio.file.Path work, List<String> ids) throws IOException {
    java.nio.file.Path file = Files.createTempFile(work, "ids", ".txt");
    Files.write(file, ids);
    return file;
  }

  /** A wrk script that decides each application once, in turn, as the committee. */
  private static java.nio.file.Path decisionScript(java.nio.file.Path work, List<String> ids) throws IOException {
    java.nio.file.Path file = idsFile(work, ids);
    java.nio.file.Path script = Files.createTempFile(work, "decide", ".lua");
    Files.writeString(script, """
        local ids = {}
        for line in io.lines("%s") do ids[#ids + 1] = line end
        local n = 0
        request = function()
          n = n + 1
          -- past the last one it starts again, and the repeated decisions fail on If-Match: the run is refused
          local id = ids[(n - 1) %% #ids + 1]
          return wrk.format("POST", "/api/v1/membership-applications/" .. id .. "/decision",
            { ["If-Match"] = '"%d"', ["%s"] = "committee" })
        end
        """.formatted(file, FRESH_VERSION, CALLER_HEADER));
    return script;
  }

  /** wrk at its maximum rate: requests per second, p50 and p99 in milliseconds. */
  private static double[] wrk(URI uri, int seconds, java.nio.file.Path script)
      throws IOException, InterruptedException {
    List<String> command = pinned();
    command.addAll(List.of("wrk", "-t1", "-c" + ConstantRateLoad.CONNECTIONS, "-d" + seconds + "s", "--latency"));
    if (script != null) {
      command.addAll(List.of("-s", script.toString()));
    }
    command.add(uri.toString());
    String out = output(command);
    if (out.contains("Non-2xx")) {
      throw new IllegalStateException("wrk saw errors for " + uri + ":\n" + out);
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
    return new double[] {Double.parseDouble(rate.group(1)), percentiles.getOrDefault("50", Double.NaN),
        percentiles.getOrDefault("99", Double.NaN)};
  }

  /** {@link ConstantRateLoad} in its own JVM, on the same processor wrk used. */
  private static AtRate constantRate(URI uri, double rate, int warmUp, int seconds, java.nio.file.Path decisions)
      throws IOException, InterruptedException {
    List<String> command = pinned();
    command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), ConstantRateLoad.class.getName(), uri.toString(),
        String.format(java.util.Locale.ROOT, "%.1f", rate), Integer.toString(warmUp), Integer.toString(seconds)));
    if (decisions != null) {
      command.add(decisions.toString());
    }
    String out = output(command);
    Matcher measured = CONSTANT.matcher(out);
    if (!measured.find()) {
      throw new IllegalStateException("no result from the constant-rate load:\n" + out);
    }
    return new AtRate(rate, Integer.parseInt(measured.group(1)), Integer.parseInt(measured.group(2)),
        Integer.parseInt(measured.group(3)), Double.parseDouble(measured.group(4)),
        Double.parseDouble(measured.group(5)), Double.parseDouble(measured.group(6)));
  }

  /** The start of a command pinned to the last processor, where there is more than one and taskset. */
  private static List<String> pinned() {
    List<String> command = new ArrayList<>();
    int processors = Runtime.getRuntime().availableProcessors();
    if (processors > 1 && Files.isExecutable(java.nio.file.Path.of("/usr/bin/taskset"))) {
      command.addAll(List.of("taskset", "-c", Integer.toString(processors - 1)));
    }
    return command;
  }

  private static String output(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }
}
