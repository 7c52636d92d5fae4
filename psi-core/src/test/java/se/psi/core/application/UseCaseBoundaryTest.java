package se.psi.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** The two ways a change meets another one: the caller saw an old version, or lost a race while it ran. */
class UseCaseBoundaryTest {

  private final List<AuditEntry> audit = new ArrayList<>();
  private final UseCaseBoundary boundary = new UseCaseBoundary(
      new InputValidator(Validation.buildDefaultValidatorFactory().getValidator()), new DirectUnitOfWork(),
      new RecordingAuditLog(audit), new EventBus(event -> {}, Set.of()),
      Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), UUID::randomUUID);

  @Test
  void a_change_on_a_version_the_caller_did_not_see_is_stale_and_names_both_versions() {
    Either<Rejection, String> outcome = boundary.change("Rename", "Thing", "t-1", Actor.of("p-1"), "cmd",
        c -> Found.atVersion(3L, v -> v, 2L, "Thing", "t-1").map(v -> Change.of("renamed", "t-1", List.of())));

    assertThat(outcome.getLeft()).isEqualTo(new Rejection.StaleVersion("Thing", "t-1", 2, 3));
    assertThat(audit).extracting(AuditEntry::outcome).containsExactly("StaleVersion");
  }

  @Test
  void a_save_refused_by_the_storage_lock_is_a_lost_race_not_a_stale_read() {
    Either<Rejection, String> outcome = boundary.change("Rename", "Thing", "t-1", Actor.of("p-1"), "cmd", c -> {
      throw new StaleVersionException("Thing", "t-1", 3);
    });

    assertThat(outcome.getLeft()).isEqualTo(new Rejection.ConcurrentChange("Thing", "t-1", 3));
    assertThat(audit).extracting(AuditEntry::outcome).containsExactly("ConcurrentChange");
  }
}
