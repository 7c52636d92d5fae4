package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.PsiCoreModule;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.PartnerId;
import se.psi.core.outbox.OutboxReader;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.memory.InMemoryPartners;
import se.psi.testkit.time.TestClock;

class JdbcWiringTest {

  @Test
  void guice_wires_the_core_onto_jdbc_storage_with_JdbcPsiModule() {
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(h2Url()).build()) {
      var injector = Guice.createInjector(new PsiCoreModule(), new JdbcPsiModule(storage));

      var page = injector.getInstance(FindPartnersUseCase.class)
          .findPartners(new FindPartnersQuery(Actor.of("anyone"), null, null, false, 0, 10)).get();

      assertThat(page.total()).isZero();
      assertThat(injector.getInstance(OutboxReader.class)).isSameAs(storage.outbox());
    }
  }

  @Test
  void a_guice_host_replaces_one_port_and_keeps_the_jdbc_relay() {
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(h2Url()).build()) {
      var myPartners = new InMemoryPartners();
      var injector = Guice.createInjector(new PsiCoreModule(),
          new JdbcPsiModule(storage, storage.with(myPartners)));

      assertThat(injector.getInstance(Partners.class)).isSameAs(myPartners);
      assertThat(injector.getInstance(Meetings.class)).isSameAs(storage.meetings());
      assertThat(injector.getInstance(OutboxReader.class)).isSameAs(storage.outbox());
    }
  }

  @Test
  void one_port_replaced_in_one_line_serves_the_use_cases_and_the_rest_stays_on_jdbc() {
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(h2Url()).build()) {
      var myPartners = new InMemoryPartners();
      myPartners.save(Fixtures.anAdmittedPartner(Fixtures.anAssociation()));
      PsiCore core = PsiCore.builder().storage(storage.with(myPartners)).clock(TestClock.at("2022-03-01"))
          .ids(IdSource.random()).build();

      var page = core.useCase(FindPartnersUseCase.class)
          .findPartners(new FindPartnersQuery(Actor.of("anyone"), null, null, false, 0, 10)).get();

      assertThat(page.total()).isOne();
      assertThat(storage.with(myPartners).meetings()).isSameAs(storage.meetings());
    }
  }

  @Test
  void with_migrations_off_the_schema_is_left_to_the_dba_who_migrates_it_explicitly() {
    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(h2Url()).migrateOnStart(false).build()) {
      PartnerId someone = new PartnerId(UUID.randomUUID());
      assertThatThrownBy(() -> storage.partners().find(someone)).isInstanceOf(StorageException.class);

      JdbcStorage.migrate(storage.dataSource(), Optional.empty());

      assertThat(storage.partners().find(someone).isEmpty()).isTrue();
    }
  }

  @Test
  void a_second_start_on_a_migrated_database_keeps_its_data_and_migrates_nothing() {
    String url = h2Url();
    try (JdbcStorage first = JdbcStorage.builder().jdbcUrl(url).build()) {
      var partner = Fixtures.anAdmittedPartner(Fixtures.anAssociation());
      first.partners().save(partner);
      try (JdbcStorage second = JdbcStorage.builder().jdbcUrl(url).build()) {
        assertThat(second.partners().find(partner.id()).get()).isEqualTo(partner);
      }
    }
  }

  private static String h2Url() {
    return "jdbc:h2:mem:wiring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }
}
