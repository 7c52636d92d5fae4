package se.psi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Time from launching a new JVM to its first successful HTTP answer, which a benchmark inside a running JVM cannot
 * show: class loading, JIT warm-up and every library's bootstrap are paid again by each process. The example server
 * is started as README.md starts it ({@code java -XX:SharedArchiveFile=psi-example-server.jsa -jar
 * psi-example-server.jar}, with the class-data archive the build writes; its data under {@code ./data} of its
 * working directory), on its first start (an empty database that gets the demo data) and with its data present; the
 * baseline is {@link BareServer}, Jersey and Grizzly with one trivial resource, started the same way. Rounds take
 * turns (baseline, first start, data present), and the median of each counts.
 */
final class ColdStartLoad {

  static final String FIRST_START = "first start (empty database, demo data loaded)";
  static final String DATA_PRESENT = "data present";
  static final List<String> CASES = List.of(FIRST_START, DATA_PRESENT);

  /** Medians in seconds, wall clock and the process's processor time, over {@code rounds}. */
  record Result(String start, double oursSeconds, double baselineSeconds, double oursCpuSeconds,
      double baselineCpuSeconds, int rounds) {}

  /** The results and the machine's load average (1 minute) before and after, which shapes them on a shared host. */
  record Run(List<Result> results, double loadBefore, double loadAfter) {}

  private ColdStartLoad() {}

  static Run run(boolean smoke) throws IOException, InterruptedException {
    Path serverJar = serverJar();
    List<String> asReadmeStartsIt = classDataArchive(serverJar);
    Path work = Files.createTempDirectory("psi-cold-start");
    Path bareJar = LauncherJar.write(work.resolve("bare-server.jar"), BareServer.class.getName());
    int rounds = smoke ? 1 : 7;
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<FirstAnswer.Timing> bare = new ArrayList<>();
    List<FirstAnswer.Timing> first = new ArrayList<>();
    List<FirstAnswer.Timing> present = new ArrayList<>();
    try {
      for (int round = 0; round < rounds; round++) {
        bare.add(FirstAnswer.time(List.of(), bareJar, work, "Listening on port", "/bench/trivial"));
        Path directory = Files.createDirectories(work.resolve("server-" + round));
        first.add(FirstAnswer.time(asReadmeStartsIt, serverJar, directory, "PSI is running at", "/api/v1/partners"));
        present.add(FirstAnswer.time(asReadmeStartsIt, serverJar, directory, "PSI is running at", "/api/v1/partners"));
      }
    } finally {
      LauncherJar.deleteTree(work);
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new Run(List.of(result(FIRST_START, first, bare), result(DATA_PRESENT, present, bare)), loadBefore,
        loadAfter);
  }

  private static Result result(String start, List<FirstAnswer.Timing> ours, List<FirstAnswer.Timing> baseline) {
    return new Result(start, median(ours, FirstAnswer.Timing::seconds), median(baseline, FirstAnswer.Timing::seconds),
        median(ours, FirstAnswer.Timing::cpuSeconds), median(baseline, FirstAnswer.Timing::cpuSeconds), ours.size());
  }

  private static double median(List<FirstAnswer.Timing> timings, Function<FirstAnswer.Timing, Double> value) {
    List<Double> sorted = timings.stream().map(value).sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** Adds each start to the report's comparisons and table, as a speed ratio (above 1: ours is faster). */
  static void report(Run run, List<Map<String, Object>> comparisons, StringBuilder table) {
    for (Result result : run.results()) {
      String name = "first answer of the example server in a new process, " + result.start()
          + ", vs a bare Jersey/Grizzly server";
      double ratio = result.baselineSeconds() / result.oursSeconds();
      Map<String, Object> comparison = new LinkedHashMap<>();
      comparison.put("comparison", name);
      comparison.put("ours", result.oursSeconds());
      comparison.put("baseline", result.baselineSeconds());
      comparison.put("unit", "s (median of " + result.rounds() + ")");
      comparison.put("ratio", ratio);
      comparison.put("oursCpuSeconds", result.oursCpuSeconds());
      comparison.put("baselineCpuSeconds", result.baselineCpuSeconds());
      comparison.put("loadAverage", Map.of("before", run.loadBefore(), "after", run.loadAfter()));
      comparisons.add(comparison);
      table.append(String.format(Locale.ROOT, "| %s (median of %d; load average %.1f before, %.1f after) | %.2f s "
          + "(%.2f s of CPU) | %.2f s (%.2f s of CPU) | %.2f |%n", name, result.rounds(), run.loadBefore(),
          run.loadAfter(), result.oursSeconds(), result.oursCpuSeconds(), result.baselineSeconds(),
          result.baselineCpuSeconds(), ratio));
    }
  }

  /**
   * The example server's jar as the build leaves it: {@code -Dpsi.serverJar=...}, else where Maven packages it,
   * seen from psi-bench (where the benchmarks and their tests run) or from the project's root.
   */
  static Path serverJar() {
    String named = System.getProperty("psi.serverJar");
    List<Path> candidates = named != null ? List.of(Path.of(named)) : List.of(
        Path.of("../psi-examples/psi-example-server/target/psi-example-server.jar"),
        Path.of("psi-examples/psi-example-server/target/psi-example-server.jar"));
    return candidates.stream().filter(Files::isRegularFile).findFirst().map(Path::toAbsolutePath)
        .orElseThrow(() -> new IllegalStateException("the example server's jar is not built (looked for "
            + candidates + "); ./mvnw -q -pl psi-examples/psi-example-server -am package -DskipTests builds it"));
  }

  /**
   * The option README.md starts the server with: the class-data archive the build writes next to the jar (none where
   * the build left it out with {@code -Dpsi.classDataArchive.skip=true}).
   */
  static List<String> classDataArchive(Path serverJar) {
    Path archive = serverJar.resolveSibling(serverJar.getFileName().toString().replace(".jar", ".jsa"));
    return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
  }

  /** Where a server started by this load answers. */
  static URI local(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
