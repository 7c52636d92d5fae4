package se.psi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks still run and report each comparison; this says nothing about speed, on purpose. */
class BenchSmokeTest {

  @TempDir
  Path out;

  @Test
  void every_benchmark_runs_and_every_comparison_is_reported_with_its_environment() throws Exception {
    Path json = BenchRun.run(true, out);

    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertThat(report.get("mode").asText()).isEqualTo("smoke");
    assertThat(report.get("comparisons")).hasSize(BenchRun.PAIRS.size() + ColdStartLoad.CASES.size()
        + DurableCommandLoad.CLIENTS.length
        + (HttpLoad.available() ? HttpLoad.ENDPOINTS.size() : 0) + ScaleLoad.READS.size()  // one size in smoke
        + ChangeAtScaleLoad.Kind.values().length);
    assertThat(report.get("comparisons")).filteredOn(comparison -> comparison.has("oursCpuSeconds"))
        .hasSize(ColdStartLoad.CASES.size()).allMatch(comparison -> comparison.get("ours").asDouble() > 0
            && comparison.get("baseline").asDouble() > 0);
    assertThat(report.get("environment").get("postgresql").asText()).doesNotStartWith("unreachable");
    long compared = BenchRun.PAIRS.stream().flatMap(p -> java.util.stream.Stream.of(p.ours(), p.baseline()))
        .distinct().count();
    assertThat(report.get("benchmarks")).hasSize((int) compared + 1);  // and the invalid command
    assertThat(report.get("environment").get("cpus").asInt()).isPositive();
    assertThat(out.resolve(json.getFileName().toString().replace(".json", ".md"))).exists();
  }
}
