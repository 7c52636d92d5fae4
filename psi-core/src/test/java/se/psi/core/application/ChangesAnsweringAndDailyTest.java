package se.psi.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.port.in.Permission;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.Role;

/**
 * The change skeleton for an aggregate its service names (one board per partnership, named by the partnership) and
 * whose caller is answered with a view rather than the aggregate, and for a daily job.
 */
class ChangesAnsweringAndDailyTest {

  private static final Permission RENAME = Permission.roles("RenameBoard", Role.COMMITTEE_MEMBER);
  private static final Actor MEMBER = Actor.of("p-1", Role.COMMITTEE_MEMBER);

  /** A board: a name and a version, one per partnership. */
  record Board(String partnership, String name, long version) {}

  private final Map<String, Board> stored = new HashMap<>();
  private final List<AuditEntry> audit = new ArrayList<>();
  private final List<DomainEvent> published = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2031-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final Changes changes = new Changes(new UseCaseBoundary(
      new InputValidator(Validation.buildDefaultValidatorFactory().getValidator()), new DirectUnitOfWork(),
      new RecordingAuditLog(audit), new EventBus(published::add, Set.of()), clock, UUID::randomUUID),
      new Today(OrebroRuleSets.registry(), clock, UUID::randomUUID));
  private final Aggregates<Board, String> boards = Aggregates.named("Board",
      partnership -> Option.some(stored.getOrDefault(partnership, new Board(partnership, "", 0))),
      board -> stored.put(board.partnership(), board), Board::version);

  @Test
  void a_named_aggregate_is_changed_saved_and_audited_under_its_name_and_the_caller_gets_the_answer() {
    Either<Rejection, String> answer = rename("Örebro", "AU", 0L, MEMBER);

    assertThat(answer.get()).isEqualTo("AU (version 1, on 2031-03-01)");
    assertThat(stored.get("Örebro")).isEqualTo(new Board("Örebro", "AU", 1));
    assertThat(audit).extracting(AuditEntry::resourceId, AuditEntry::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Örebro", AuditEntry.ACCEPTED));
  }

  @Test
  void the_caller_s_expected_version_and_permission_are_checked_as_for_any_change() {
    rename("Örebro", "AU", 0L, MEMBER);

    assertThat(rename("Örebro", "Styrgrupp", 0L, MEMBER).getLeft())
        .isEqualTo(new Rejection.StaleVersion("Board", "Örebro", 0, 1));
    assertThat(rename("Örebro", "Styrgrupp", 1L, Actor.of("p-2")).getLeft())
        .isInstanceOf(Rejection.NotPermitted.class);
    assertThat(stored.get("Örebro").name()).isEqualTo("AU");
    assertThat(audit).extracting(AuditEntry::outcome)
        .containsExactly(AuditEntry.ACCEPTED, "StaleVersion", "NotPermitted");
  }

  @Test
  void a_named_aggregate_is_never_found_by_a_uuid() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> boards.id(UUID.randomUUID())).withMessageContaining("Board");
  }

  /** A board was reminded of its name: an event of one board. */
  record Reminded(EventMeta meta, String partnership) implements DomainEvent {
    @Override
    public String aggregateType() {
      return "Board";
    }

    @Override
    public String aggregateId() {
      return partnership;
    }
  }

  @Test
  void a_daily_job_answers_with_the_ids_it_changed_and_publishes_their_events_under_one_audit_entry() {
    List<String> due = List.of("Örebro", "Nora");

    Either<Rejection, List<String>> done = changes.daily(RENAME, "Board", MEMBER, "remind", today -> Either.right(
        due.stream().map(partnership -> new DailyJob.Done<>(partnership,
            List.of(new Reminded(today.eventMeta().get(), partnership)))).toList()));
    Either<Rejection, List<String>> refused = changes.daily(RENAME, "Board", Actor.of("p-2"), "remind",
        today -> Either.right(List.of()));

    assertThat(done.get()).containsExactly("Örebro", "Nora");
    assertThat(published).extracting(DomainEvent::aggregateId).containsExactly("Örebro", "Nora");
    assertThat(refused.getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(audit).extracting(AuditEntry::resourceType, AuditEntry::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Board", AuditEntry.ACCEPTED),
        org.assertj.core.groups.Tuple.tuple("Board", "NotPermitted"));
  }

  private Either<Rejection, String> rename(String partnership, String name, Long expectedVersion, Actor actor) {
    return changes.changeAnswering(RENAME, boards, partnership, expectedVersion, actor, "rename",
        (board, today) -> {
          Board renamed = new Board(board.partnership(), name, board.version() + 1);
          return Either.right(new Changes.Answered<>(Changed.none(renamed),
              name + " (version " + renamed.version() + ", on " + today.date() + ")"));
        });
  }
}
