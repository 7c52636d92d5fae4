package se.psi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and writes {@code <out>/<date>.json} and {@code <out>/<date>.md}: each of ours next to its
 * baseline from the same run, with the ratio, and the environment they ran in. {@code --smoke} runs each for a
 * moment only, to prove they still run; it says nothing about speed.
 */
public final class BenchRun {

  /** Ours, the baseline it is compared with, and whether a higher score is better (throughput) or lower (time). */
  record Pair(String name, String ours, String baseline, boolean higherIsBetter) {}

  static final List<Pair> PAIRS = List.of(
      new Pair("membership decision with explanation vs hand-written",
          "RuleEvaluationBench.membershipWithExplanation", "RuleEvaluationBench.membershipHandWritten", true),
      new Pair("membership decision with explanation vs the same rules in Drools (DRL)",
          "RuleEvaluationBench.membershipWithExplanation", "RuleEvaluationBench.membershipDrools", true),
      new Pair("grant formal eligibility with explanation vs hand-written",
          "RuleEvaluationBench.grantEligibilityWithExplanation", "RuleEvaluationBench.grantEligibilityHandWritten",
          true),
      new Pair("Bean Validation of a command vs hand-written checks",
          "ValidationBench.validCommand", "ValidationBench.validCommandHandWritten", true),
      new Pair("outbox relay draining 10,000 events vs raw JDBC", "RelayDrainBench.relay", "RelayDrainBench.rawJdbc",
          false),
      new Pair("wiring a core over in-memory ports vs a bare Guice injector", "WiringBench.wiredCore",
          "WiringBench.bareInjector", false),
      new Pair("wiring a Guice host's core through PsiCoreModule vs a bare Guice injector",
          "WiringBench.guiceHostCore", "WiringBench.bareInjector", false),
      new Pair("what-if over 100,000 stored membership decisions from their receipts vs plain re-evaluation of the"
          + " same facts", "WhatIfBench.whatIfOverReceipts", "WhatIfBench.plainReEvaluation", false),
      new Pair("starting the example server (migrations, demo data) vs a bare Jersey/Grizzly server",
          "StartupBench.exampleServer", "StartupBench.bareServer", false));

  private BenchRun() {}

  private static Map<String, Object> atRate(HttpLoad.AtRate at, int seconds) {
    return Map.of("rate", at.rate(), "sent", at.sent(), "ok", at.ok(), "failed", at.failed(),
        "lastAnswerAfterSeconds", at.seconds(), "keptUp", at.keptUp(seconds), "p50Millis", at.p50Millis(),
        "p99Millis", at.p99Millis());
  }

  /** "at 9800/s: p50 0.41 ms, p99 12.3 ms", saying so where the rate was not kept up. */
  private static String latency(HttpLoad.AtRate at, int seconds) {
    return String.format(Locale.ROOT, "at %.0f/s: p50 %.2f ms, p99 %.2f ms%s", at.rate(), at.p50Millis(),
        at.p99Millis(), at.keptUp(seconds) ? "" : String.format(Locale.ROOT, " (fell behind: last answer after %.1f s"
            + "%s)", at.seconds(), at.failed() > 0 ? ", " + at.failed() + " failed" : ""));
  }

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    Path out = Path.of("results");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--smoke")) {
        smoke = true;
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i] + "; use [--smoke] [--out DIR]");
      }
    }
    Path written = run(smoke, out);
    System.out.println(Files.readString(written.resolveSibling(written.getFileName().toString()
        .replace(".json", ".md"))));
  }

  /** Runs the benchmarks; returns the JSON file written. */
  static Path run(boolean smoke, Path out) throws RunnerException, IOException {
    ChainedOptionsBuilder options = new OptionsBuilder().include("se\\.psi\\.bench\\..*Bench\\..*")
        .shouldFailOnError(true);
    if (smoke) {
      options.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200));
    } else {
      options.forks(3).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
          .measurementTime(TimeValue.seconds(1)).jvmArgsAppend("-Xmx2g");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1), result);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", LocalDate.now().toString());
    report.put("mode", smoke ? "smoke" : "full");
    report.put("environment", Environment.describe());
    List<Map<String, Object>> benchmarks = new ArrayList<>();
    byName.forEach((name, result) -> benchmarks.add(Map.of("benchmark", name,
        "score", result.getPrimaryResult().getScore(), "error", result.getPrimaryResult().getScoreError(),
        "unit", result.getPrimaryResult().getScoreUnit(), "mode", result.getParams().getMode().shortLabel())));
    report.put("benchmarks", benchmarks);
    List<Map<String, Object>> comparisons = new ArrayList<>();
    StringBuilder table = new StringBuilder("| comparison | ours | baseline | ours / baseline |\n|---|---|---|---|\n");
    for (Pair pair : PAIRS) {
      RunResult ours = byName.get(pair.ours());
      RunResult baseline = byName.get(pair.baseline());
      if (ours == null || baseline == null) {
        throw new IllegalStateException("no result for " + pair.ours() + " or " + pair.baseline());
      }
      double o = ours.getPrimaryResult().getScore();
      double b = baseline.getPrimaryResult().getScore();
      // As a speed ratio: above 1 means ours is faster, whatever the unit.
      double ratio = pair.higherIsBetter() ? o / b : b / o;
      String unit = ours.getPrimaryResult().getScoreUnit();
      comparisons.add(Map.of("comparison", pair.name(), "ours", o, "baseline", b, "unit", unit, "ratio", ratio));
      table.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f %s | %.2f |%n", pair.name(), o, unit, b, unit,
          ratio));
    }
    try {
      ColdStartLoad.report(ColdStartLoad.run(smoke), comparisons, table);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("the cold start failed", e);
    }
    List<DurableCommandLoad.Result> durable;
    try {
      durable = DurableCommandLoad.run(smoke);
    } catch (Exception e) {
      throw new IllegalStateException("the durable-command load failed", e);
    }
    for (DurableCommandLoad.Result result : durable) {
      String name = "decide membership on PostgreSQL vs raw JDBC, " + result.clients() + " client(s)";
      comparisons.add(Map.of("comparison", name, "ours", result.ours(), "baseline", result.baseline(),
          "unit", "commands/s", "ratio", result.ours() / result.baseline()));
      table.append(String.format(Locale.ROOT, "| %s | %.1f commands/s | %.1f commands/s | %.2f |%n", name,
          result.ours(), result.baseline(), result.ours() / result.baseline()));
    }
    List<ScaleLoad.Result> scale;
    try {
      scale = ScaleLoad.run(smoke);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the scale load failed", e);
    }
    for (ScaleLoad.Result result : scale) {
      if (result.read().equals(ScaleLoad.FOLLOW_UP)) {
        // Counting a year's applications grows with them; what is asked is that it stays well under a second.
        String name = result.read() + ", with " + result.rows() + " rows vs the one-second bound";
        double ratio = ScaleLoad.FOLLOW_UP_BOUND_MILLIS / result.medianMillis();
        comparisons.add(Map.of("comparison", name, "ours", result.medianMillis(),
            "baseline", ScaleLoad.FOLLOW_UP_BOUND_MILLIS, "unit", "ms (median)", "ratio", ratio));
        table.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.0f ms (bound) | %.2f |%n", name,
            result.medianMillis(), ScaleLoad.FOLLOW_UP_BOUND_MILLIS, ratio));
        continue;
      }
      ScaleLoad.Result smallest = scale.stream().filter(r -> r.read().equals(result.read())).findFirst()
          .orElseThrow();
      String name = result.read() + ", with " + result.rows() + " rows vs with " + smallest.rows();
      double ratio = smallest.medianMillis() / result.medianMillis();
      comparisons.add(Map.of("comparison", name, "ours", result.medianMillis(), "baseline", smallest.medianMillis(),
          "unit", "ms (median)", "ratio", ratio));
      table.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f |%n", name, result.medianMillis(),
          smallest.medianMillis(), ratio));
    }
    List<ChangeAtScaleLoad.Result> changes;
    try {
      changes = ChangeAtScaleLoad.run(smoke);
    } catch (Exception e) {
      throw new IllegalStateException("the change-at-scale load failed", e);
    }
    for (ChangeAtScaleLoad.Result result : changes) {
      String name = "HTTP change: " + result.kind() + ", with " + result.many() + " stored vs with " + result.few();
      comparisons.add(Map.of("comparison", name, "ours", result.manyMedianMillis(), "baseline",
          result.fewMedianMillis(), "unit", "ms (median)", "ratio", result.ratio()));
      table.append(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f |%n", name, result.manyMedianMillis(),
          result.fewMedianMillis(), result.ratio()));
    }
    if (HttpLoad.available()) {
      List<HttpLoad.Measured> http;
      try {
        http = HttpLoad.run(smoke);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("the HTTP load failed", e);
      }
      HttpLoad.Measured trivial = http.stream().filter(m -> m.endpoint().equals(HttpLoad.TRIVIAL)).findFirst()
          .orElseThrow();
      int seconds = smoke ? 1 : 10;
      for (HttpLoad.Measured measured : http) {
        String name = "HTTP " + measured.endpoint() + " vs a trivial resource";
        double ratio = measured.requestsPerSecond() / trivial.requestsPerSecond();
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("comparison", name);
        comparison.put("ours", measured.requestsPerSecond());
        comparison.put("baseline", trivial.requestsPerSecond());
        comparison.put("unit", "requests/s");
        comparison.put("ratio", ratio);
        comparison.put("atMaximum", Map.of("p50Millis", measured.p50Millis(), "p99Millis", measured.p99Millis()));
        comparison.put("atHalfTheBaselinesMaximum", atRate(measured.atRate(), seconds));
        comparison.put("atHalfItsOwnMaximum", atRate(measured.atOwnHalf(), seconds));
        comparisons.add(comparison);
        table.append(String.format(Locale.ROOT, "| %s | %.0f requests/s; %s; %s | %.0f requests/s; %s | %.2f |%n",
            name, measured.requestsPerSecond(), latency(measured.atRate(), seconds),
            latency(measured.atOwnHalf(), seconds), trivial.requestsPerSecond(), latency(trivial.atRate(), seconds),
            ratio));
      }
    } else if (Boolean.getBoolean("psi.requireServices")) {
      throw new IllegalStateException("wrk is not installed (apt-get install wrk); .ci/run installs it");
    } else {
      report.put("http", "left out: wrk is not installed");
      table.append("| HTTP load | left out: wrk is not installed | | |\n");
    }
    report.put("comparisons", comparisons);
    Files.createDirectories(out);
    Path json = out.resolve(report.get("date") + (smoke ? "-smoke" : "") + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
    Files.writeString(out.resolve(report.get("date") + (smoke ? "-smoke" : "") + ".md"),
        "# Benchmarks " + report.get("date") + " (" + report.get("mode") + ")\n\n" + table
            + "\nEnvironment: " + report.get("environment") + "\n", StandardCharsets.UTF_8);
    return json;
  }

}
