package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.psi.core.PsiCore;
import se.psi.core.documentation.port.in.PublishTemplateCommand;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Role;
import se.psi.core.shared.Violation;
import se.psi.testkit.time.TestClock;

/**
 * What a command may hold at the edges of its documented limits is stored as given on every database, and what no
 * database keeps as given (a NUL in a text, a date beyond its range) is refused at validation, never by the store.
 */
class ValuesAtTheLimitsTest {

  private static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);
  private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void drop() throws Exception {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_template_name_of_the_documented_maximum_is_stored_with_its_event(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    String longest = "M".repeat(100);

    var published = core(storage).useCase(PublishTemplateUseCase.class)
        .publishTemplate(new PublishTemplateCommand(COMMITTEE, longest, List.of()));

    assertThat(published.isRight()).as(String.valueOf(published)).isTrue();
    assertThat(storage.outbox().unpublished(10)).extracting(OutboxRecord::aggregateId)
        .containsExactly(longest + "@1");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void a_nul_in_a_text_and_a_date_beyond_the_stores_are_refused_before_they_reach_the_database(
      TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    PsiCore core = core(storage);

    var nul = core.useCase(PublishTemplateUseCase.class)
        .publishTemplate(new PublishTemplateCommand(COMMITTEE, "PSI\u0000mall", List.of()));
    var farAway = core.useCase(RegisterDelegationUseCase.class).registerDelegation(new RegisterDelegationCommand(
        ADMIN, "rut", "Områdeschef", "Kulturnämnden", LocalDate.of(2022, 1, 1), LocalDate.of(10_000, 1, 1)));

    assertThat(violations(nul.getLeft())).extracting(Violation::field, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "NoControlCharacters"));
    assertThat(violations(farAway.getLeft())).extracting(Violation::field, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("validUntil", "DateInRange"));
    assertThat(storage.outbox().unpublished(10)).isEmpty();
  }

  private static List<Violation> violations(Rejection rejection) {
    return ((Rejection.InvalidInput) rejection).violations();
  }

  private static PsiCore core(JdbcStorage storage) {
    return PsiCore.builder().storage(storage).clock(TestClock.at(LocalDate.of(2022, 3, 1)))
        .ids(IdSource.random()).build();
  }
}
