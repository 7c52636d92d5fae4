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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.ConstraintConflictException;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.port.out.TransactionConflictException;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/**
 * The ways a change meets another one: the caller saw an old version, it lost a race while it ran (refused where
 * the caller named a version, run again where it named none), the storage could not run it beside another (run
 * again), or a constraint of the storage refused it (a precise conflict).
 */
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

  @Test
  void a_change_that_names_no_version_and_loses_a_race_is_run_again_on_what_the_winner_left() {
    AtomicInteger tries = new AtomicInteger();
    Either<Rejection, String> outcome = boundary.changeRetryingLostRaces("Register", "Thing", "t-1", Actor.of("p-1"),
        "cmd", c -> {
          if (tries.incrementAndGet() < 3) {
            throw new StaleVersionException("Thing", "t-1", tries.get());
          }
          return Either.right(Change.of("registered", "t-1", List.of()));
        });

    assertThat(outcome.get()).isEqualTo("registered");
    assertThat(tries).hasValue(3);
    assertThat(audit).extracting(AuditEntry::outcome).containsExactly(AuditEntry.ACCEPTED);
  }

  @Test
  void a_change_that_keeps_losing_is_refused_as_a_lost_race_after_the_last_attempt() {
    AtomicInteger tries = new AtomicInteger();
    Either<Rejection, String> outcome = boundary.changeExpecting(null, "Register", "Thing", "t-1", Actor.of("p-1"),
        "cmd", c -> {
          throw new StaleVersionException("Thing", "t-1", tries.incrementAndGet());
        });

    assertThat(outcome.getLeft()).isInstanceOf(Rejection.ConcurrentChange.class);
    assertThat(tries).hasValue(UseCaseBoundary.ATTEMPTS);
    assertThat(audit).extracting(AuditEntry::outcome).containsExactly("ConcurrentChange");
  }

  @Test
  void a_unit_of_work_the_storage_could_not_run_beside_another_is_run_again_whatever_the_caller_expected() {
    AtomicInteger tries = new AtomicInteger();
    Either<Rejection, String> outcome = boundary.changeExpecting(4L, "Rename", "Thing", "t-1", Actor.of("p-1"),
        "cmd", c -> {
          if (tries.incrementAndGet() == 1) {
            throw new TransactionConflictException("deadlock", null);
          }
          return Either.right(Change.of("renamed", "t-1", List.of()));
        });

    assertThat(outcome.get()).isEqualTo("renamed");
    assertThat(tries).hasValue(2);
  }

  @Test
  void a_write_a_stored_constraint_refuses_is_a_conflict_with_what_is_stored_not_a_failure() {
    Either<Rejection, String> outcome = boundary.change("Decide", "Thing", "t-1", Actor.of("p-1"), "cmd", c -> {
      throw new ConstraintConflictException("partner_current_organisation_key", null);
    });

    assertThat(outcome.getLeft()).isEqualTo(new Rejection.IllegalState("Thing", "t-1", "CONFLICT",
        "storage.constraintConflict"));
    assertThat(audit).extracting(AuditEntry::outcome).containsExactly("IllegalState");
  }
}
