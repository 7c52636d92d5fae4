package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.psi.core.membership.domain.BoardDecision;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.domain.RecordedMembershipDecision;
import se.psi.core.shared.PartnerId;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.services.PostgresEndpoint;
import se.psi.testkit.services.TestPostgres;

/**
 * Rows stored by an earlier version of the schema stay readable after the migrations that changed their shape:
 * each test migrates a fresh database to the version before the change, writes rows as that version wrote them, and
 * reads them through the adapters after {@link JdbcStorage} has migrated the rest.
 */
class StoredRowsMigrationTest {

  enum Kind { H2, POSTGRESQL }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void CON_4_a_register_stored_before_V7_knows_whether_its_partner_is_a_municipality(Kind kind) throws Exception {
    try (OldDatabase old = OldDatabase.at(kind, "6")) {
      UUID town = old.partner("MUNICIPALITY", "PUBLIC", "NORA", "orebro-2022", null, true);
      UUID admittedIn2015 = old.partner("MUNICIPALITY", "PUBLIC", "KUMLA", "orebro-2015", null, false);
      UUID association = old.partner("ASSOCIATION", "CIVIL_SOCIETY", null, "orebro-2022", null, false);

      try (JdbcStorage storage = old.migrated()) {
        assertThat(storage.partnerContacts().find(new PartnerId(town)).get().municipality()).isTrue();
        // Under the 2015 ruleset no official was required, yet the partner is a municipality.
        assertThat(storage.partnerContacts().find(new PartnerId(admittedIn2015)).get().municipality()).isTrue();
        assertThat(storage.partnerContacts().find(new PartnerId(association)).get().municipality()).isFalse();
        assertThat(storage.partnerContacts().find(new PartnerId(town)).get().current()).isPresent();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void MEM_8_partners_stored_before_V8_read_as_they_were_and_an_ended_agreement_is_then_recorded(Kind kind)
      throws Exception {
    try (OldDatabase old = OldDatabase.at(kind, "7")) {
      LocalDate lastDay = LocalDate.of(2018, 12, 31);
      UUID ending = old.partner("ASSOCIATION", "CIVIL_SOCIETY", null, "orebro-2016", lastDay, false);
      UUID withdrawn = old.partner("FOUNDATION", "CIVIL_SOCIETY", null, "orebro-2016", lastDay, false);
      old.withdraw(withdrawn, LocalDate.of(2017, 5, 1));

      try (JdbcStorage storage = old.migrated()) {
        var partners = storage.partners();
        var stored = partners.find(new PartnerId(ending)).get();
        assertThat(stored.status()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(stored.agreementEndsOn()).contains(lastDay);
        assertThat(partners.find(new PartnerId(withdrawn)).get().withdrawnOn()).contains(LocalDate.of(2017, 5, 1));
        assertThat(partners.withAgreementEndedBefore(lastDay.plusDays(1))).containsExactly(stored);

        var ended = stored.endAgreement(lastDay.plusDays(1), Fixtures.eventMeta()).get().partner();
        partners.save(ended);

        assertThat(partners.find(new PartnerId(ending)).get()).isEqualTo(ended);
        assertThat(partners.findCurrent(ended.organisation().organisationNumber()).isEmpty()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void MEM_3_decisions_stored_before_V11_read_without_a_receipt_and_later_ones_keep_theirs(Kind kind)
      throws Exception {
    try (OldDatabase old = OldDatabase.at(kind, "10")) {
      LocalDate decidedOn = LocalDate.of(2022, 3, 1);
      UUID application = old.incompleteApplication(decidedOn);

      try (JdbcStorage storage = old.migrated()) {
        var applications = storage.membershipApplications();
        var stored = applications.find(new MembershipApplicationId(application)).get();
        assertThat(stored.decisions()).singleElement().satisfies(decision -> {
          assertThat(decision.receipt()).isEmpty();
          assertThat(decision.explanation().failedRuleIds()).containsExactly("MEM-4");
        });

        var completed = stored.complete(Optional.of(new BoardDecision(decidedOn, "Styrelsen", "§ 2")),
            Optional.empty(), Optional.empty(), Fixtures.eventMeta()).get().application();
        applications.save(completed);
        var decided = completed.decide(Fixtures.rules2022(), decidedOn.plusDays(1), "au-1",
            new PartnerId(UUID.randomUUID()), Fixtures.eventMeta()).get().application();
        applications.save(decided);

        List<RecordedMembershipDecision> handed = new ArrayList<>();
        applications.forEachDecision(decidedOn, decidedOn.plusDays(1), handed::add);
        assertThat(handed).extracting(d -> d.decision().receipt().isPresent()).containsExactly(false, true);
        assertThat(applications.find(new MembershipApplicationId(application)).get()).isEqualTo(decided);
      }
    }
  }

  /** A database migrated up to a given version, with rows written in that version's shape. */
  private record OldDatabase(Kind kind, String url, String user, String password, String schema, int version)
      implements AutoCloseable {

    static OldDatabase at(Kind kind, String version) {
      OldDatabase old = kind == Kind.H2
          ? new OldDatabase(kind, "jdbc:h2:mem:old-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", null,
              Integer.parseInt(version))
          : postgres(Integer.parseInt(version));
      var flyway = Flyway.configure().dataSource(old.url, old.user, old.password)
          .locations(JdbcStorage.MIGRATIONS).table(JdbcStorage.HISTORY_TABLE).target(version);
      if (old.schema != null) {
        flyway.schemas(old.schema).defaultSchema(old.schema);
      }
      flyway.load().migrate();
      return old;
    }

    private static OldDatabase postgres(int version) {
      PostgresEndpoint endpoint = TestPostgres.endpoint();
      return new OldDatabase(Kind.POSTGRESQL, endpoint.jdbcUrl(), endpoint.user(), endpoint.password(),
          "psi_old_" + UUID.randomUUID().toString().replace("-", ""), version);
    }

    /**
     * A partner with its contact register and current contact, as stored before V7 ({@code official_required});
     * before V8 a partner was ACTIVE or WITHDRAWN only. From V7 on the register is written without
     * {@code official_required}.
     */
    UUID partner(String kind, String sector, String municipality, String admittedUnder, LocalDate agreementEndsOn,
        boolean officialRequired) throws SQLException {
      UUID id = UUID.randomUUID();
      String number = Fixtures.anOrganisationNumber().digits();
      try (Connection c = connection()) {
        update(c, "INSERT INTO partner (id, organisation_number, current_organisation, organisation_name,"
            + " organisation_kind, sector, municipality, application_id, admitted_on, admitted_under,"
            + " agreement_ends_on, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 1)", id,
            number, number, "Part " + number, kind, sector, municipality, UUID.randomUUID(),
            LocalDate.of(2016, 6, 1), admittedUnder, agreementEndsOn);
        update(c, "INSERT INTO partner_contact (partner_id, organisation_number, " + (version >= 7 ? "municipality"
            : "official_required") + ", active, version) VALUES (?, ?, ?, TRUE, 1)", id, number,
            version >= 7 ? kind.equals("MUNICIPALITY") : officialRequired);
        update(c, "INSERT INTO contact_appointment (contact_person_id, partner_id, seq, is_current, name, role,"
            + " email, official, erased, from_date) VALUES (?, ?, 0, TRUE, 'Kim Berg', 'Samordnare',"
            + " 'kim@example.se', TRUE, FALSE, ?)", UUID.randomUUID(), id, LocalDate.of(2016, 6, 1));
      }
      return id;
    }

    /**
     * An association's application decided INCOMPLETE for want of a board decision, as stored before V11: its
     * decision has an explanation and no receipt.
     */
    UUID incompleteApplication(LocalDate decidedOn) throws SQLException {
      UUID id = UUID.randomUUID();
      String number = Fixtures.anOrganisationNumber().digits();
      try (Connection c = connection()) {
        update(c, "INSERT INTO membership_application (id, organisation_number, organisation_name,"
            + " organisation_kind, sector, contact_person_id, contact_name, contact_role, contact_email,"
            + " contact_official, contact_erased, submitted_on, status, version) VALUES (?, ?, 'Verdandi',"
            + " 'ASSOCIATION', 'CIVIL_SOCIETY', ?, 'Kim Berg', 'Samordnare', 'kim@example.se', FALSE, FALSE, ?,"
            + " 'INCOMPLETE', 2)", id, number, UUID.randomUUID(), decidedOn.minusDays(10));
        update(c, "INSERT INTO membership_decision (application_id, seq, outcome, decided_on, decided_by,"
            + " ruleset_version, evaluations) VALUES (?, 0, 'INCOMPLETE', ?, 'au-1', 'orebro-2022', ?)", id,
            decidedOn, "[{\"ruleId\":\"MEM-4\",\"verdict\":\"NOT_MET\",\"messageKey\":\"membership.mem4.missing\","
            + "\"field\":\"boardDecision\",\"args\":[]}]");
      }
      return id;
    }

    /** Marks a stored partner withdrawn, as a withdrawal stored it. */
    void withdraw(UUID partner, LocalDate on) throws SQLException {
      try (Connection c = connection()) {
        update(c, "UPDATE partner SET status = 'WITHDRAWN', withdrawn_on = ?, current_organisation = NULL,"
            + " version = 2 WHERE id = ?", on, partner);
      }
    }

    /** Storage over this database, which migrates it to the newest version. */
    JdbcStorage migrated() {
      var builder = JdbcStorage.builder().jdbcUrl(url).user(user).password(password);
      return schema == null ? builder.build() : builder.schema(schema).build();
    }

    private Connection connection() throws SQLException {
      Connection c = DriverManager.getConnection(url, user, password);
      if (schema != null) {
        c.setSchema(schema);
      }
      return c;
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i] == null) {
            statement.setNull(i + 1, java.sql.Types.NULL);
          } else {
            statement.setObject(i + 1, parameters[i]);
          }
        }
        statement.executeUpdate();
      }
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
        s.execute(schema == null ? "DROP ALL OBJECTS" : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
