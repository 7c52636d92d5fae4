package se.psi.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.psi.testkit.time.TestClock;

/** A plain-Java host: psi-core's Guice module is there for Guice hosts, and this one neither has nor needs Guice. */
class WithoutGuiceTest {

  @TempDir
  Path data;

  @Test
  void the_municipality_runs_its_system_with_no_guice_on_its_class_path() {
    assertThatThrownBy(() -> Class.forName("com.google.inject.Guice")).isInstanceOf(ClassNotFoundException.class);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MunicipalitySystem.run(data, new PrintStream(out, true, StandardCharsets.UTF_8), TestClock.at("2027-03-01"));

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Decision: ADMITTED");
  }
}
