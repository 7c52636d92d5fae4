package se.psi.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.port.in.Permission;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Changed;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;

/**
 * The change skeleton's answers to who may act: an aggregate visible only to some is not found by anyone else, one
 * that may be seen but not changed is refused as not permitted, and a new one is made only for its owner.
 */
class ChangesTest {

  private static final OrganisationNumber OWNER = OrganisationNumber.of("802002-4280");
  private static final OrganisationNumber OTHER = OrganisationNumber.of("556036-0793");
  private static final Permission READ = Permission.ownOrganisationOr("ReadCase", Role.HANDLING_GROUP_MEMBER);
  private static final Permission CLOSE = Permission.roles("CloseCase", Role.ADMINISTRATOR);
  private static final Permission OPEN = Permission.ownOrganisationOr("OpenCase");

  private final List<AuditEntry> audit = new ArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final Changes changes = new Changes(new UseCaseBoundary(
      new InputValidator(Validation.buildDefaultValidatorFactory().getValidator()), new DirectUnitOfWork(),
      new RecordingAuditLog(audit), new EventBus(event -> {}, Set.of()), clock, UUID::randomUUID),
      new Today(OrebroRuleSets.registry(), clock, UUID::randomUUID));
  private final Map<UUID, Case> stored = new HashMap<>();
  private final Aggregates<Case, UUID> cases = Aggregates.of("Case", id -> id, id -> Option.of(stored.get(id)),
      c -> stored.put(c.id(), c), Case::version, c -> Optional.of(c.owner()));
  private final Case open = new Case(UUID.randomUUID(), OWNER, false, 1);

  ChangesTest() {
    stored.put(open.id(), open);
  }

  @Test
  void a_caller_who_may_not_see_an_aggregate_visible_only_to_some_is_told_it_does_not_exist() {
    Actor stranger = Actor.forOrganisation("kim", OTHER, Role.PARTNER_ADMINISTRATOR);

    assertThat(close(cases.visibleOnlyTo(READ), stranger).getLeft())
        .isEqualTo(new Rejection.NotFound("Case", open.id().toString()));
    assertThat(changes.get(READ, cases.visibleOnlyTo(READ), open.id(), stranger, "query").getLeft())
        .isInstanceOf(Rejection.NotFound.class);
    assertThat(audit).extracting(AuditEntry::useCase, AuditEntry::outcome)
        .containsExactly(tuple("CloseCase", "NotFound"));
  }

  @Test
  void a_caller_who_may_see_it_but_not_change_it_is_told_so_and_nothing_changes() {
    Actor member = Actor.of("member", Role.HANDLING_GROUP_MEMBER);

    assertThat(close(cases.visibleOnlyTo(READ), member).getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(stored.get(open.id())).isEqualTo(open);
  }

  @Test
  void without_a_visibility_a_refusal_says_the_aggregate_exists_and_a_permitted_caller_changes_it() {
    Actor stranger = Actor.forOrganisation("kim", OTHER, Role.PARTNER_ADMINISTRATOR);
    Actor admin = Actor.of("admin", Role.ADMINISTRATOR);

    assertThat(close(cases, stranger).getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    assertThat(close(cases.visibleOnlyTo(CLOSE), admin).get().closed()).isTrue();
    assertThat(stored.get(open.id()).version()).isEqualTo(2);
  }

  @Test
  void a_new_aggregate_is_made_only_by_an_administrator_of_the_organisation_it_will_belong_to() {
    Actor ownAdmin = Actor.forOrganisation("kim", OWNER, Role.PARTNER_ADMINISTRATOR);
    Actor otherAdmin = Actor.forOrganisation("alex", OTHER, Role.PARTNER_ADMINISTRATOR);

    assertThat(create(otherAdmin).getLeft()).isInstanceOf(Rejection.NotPermitted.class);
    Case made = create(ownAdmin).get();
    assertThat(stored).containsEntry(made.id(), made);
  }

  @Test
  void an_aggregate_named_by_a_key_of_its_own_is_changed_at_its_version_and_read_by_that_key() {
    Map<Integer, Case> byYear = new HashMap<>(Map.of(2026, open));
    Aggregates<Case, Integer> years = Aggregates.named("YearCase", year -> Option.of(byYear.get(year)),
        c -> byYear.put(2026, c), Case::version);
    Actor admin = Actor.of("admin", Role.ADMINISTRATOR);

    var stale = changes.changeByKey(CLOSE, years, 2026, 2L, admin, "command", (c, today) -> Either.left(null));
    var closed = changes.changeByKey(CLOSE, years, 2026, 1L, admin, "command",
        (c, today) -> Either.right(Changed.of(new Case(c.id(), c.owner(), true, c.version() + 1), List.of())));

    assertThat(stale.getLeft()).isEqualTo(new Rejection.StaleVersion("YearCase", "2026", 2L, 1L));
    assertThat(closed.get().closed()).isTrue();
    assertThat(changes.getByKey(CLOSE, years, 2026, admin, "query").get()).isEqualTo(closed.get());
    assertThat(changes.getByKey(CLOSE, years, 2027, admin, "query").getLeft())
        .isEqualTo(new Rejection.NotFound("YearCase", "2027"));
    assertThat(audit).extracting(AuditEntry::resourceId, AuditEntry::outcome)
        .containsExactly(tuple("2026", "StaleVersion"), tuple("2026", AuditEntry.ACCEPTED));
  }

  private Either<Rejection, Case> close(Aggregates<Case, UUID> kind, Actor actor) {
    return changes.change(CLOSE, kind, open.id(), 1L, actor, "command",
        (c, today) -> Either.right(Changed.of(new Case(c.id(), c.owner(), true, c.version() + 1), List.of())));
  }

  private Either<Rejection, Case> create(Actor actor) {
    return changes.create(OPEN, cases, actor, "command", () -> Optional.of(OWNER), Case::id,
        today -> Either.right(Changed.of(new Case(today.newId(), OWNER, false, 1), List.of())));
  }

  private record Case(UUID id, OrganisationNumber owner, boolean closed, long version) {}
}
