package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.shared.OrganisationNumber;

/** Rows written by an earlier version of the schema read back under the newest one. */
class RowsStoredEarlierTest {

  private final String url = "jdbc:h2:mem:psi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  /** A database migrated only as far as {@code version}, as an earlier release left it. */
  private JdbcDataSource migratedTo(String version) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    Flyway.configure().dataSource(dataSource).locations(JdbcStorage.MIGRATIONS).table(JdbcStorage.HISTORY_TABLE)
        .target(version).load().migrate();
    return dataSource;
  }

  @Test
  void GRA_7_an_application_stored_before_declarations_existed_reads_as_having_none_yet() throws SQLException {
    JdbcDataSource dataSource = migratedTo("8");
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO grant_application (id, scheme_year,"
            + " organisation_number, organisation_name, organisation_kind, sector, status, submitted_on, project,"
            + " handling_group, conflicts, judgements, applicant_meetings, completion_requests, version)"
            + " VALUES (?, 2022, ?, 'Föreningen Språkvänner', 'ASSOCIATION', 'CIVIL_SOCIETY',"
            + " 'IN_ASSESSMENT', DATE '2022-03-01', ?, ?, '[]', '[]', '[]', '[]', 3)")) {
      insert.setObject(1, id);
      insert.setString(2, OrganisationNumber.withCheckDigit("802000020").digits());
      insert.setString(3, "{\"title\":\"Språkcafé\",\"description\":\"Träffar\",\"challenge\":\"Ensamhet\","
          + "\"expectedEffects\":\"Mötesplatser\",\"partners\":[],\"requested\":{\"kronor\":40000},\"start\":\"2022-04-01\","
          + "\"end\":\"2022-12-31\",\"priorityAreas\":[\"SOCIAL_COHESION_AND_DEMOCRACY\"]}");
      insert.setString(4, "[{\"personId\":\"adviser-activa\",\"role\":\"ADVISER\","
          + "\"organisation\":\"" + OrganisationNumber.withCheckDigit("802000025") + "\"},{\"personId\":\"official-region\",\"role\":\"REGION_OFFICIAL\","
          + "\"organisation\":\"232100-0164\"}]");
      insert.executeUpdate();
    }

    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(url).user("sa").password("").build()) {
      GrantApplication stored = storage.grants().find(new GrantApplicationId(id)).get();

      assertThat(stored.declarations()).isEmpty();
      assertThat(stored.status()).isEqualTo(GrantStatus.IN_ASSESSMENT);
      assertThat(stored.handlingGroup()).hasSize(2);
      assertThat(stored.hasDeclaredNoConflict("adviser-activa")).isFalse();
    }
  }

  @Test
  void IDE_2_ADV_3_ideas_cases_bank_entries_and_dialogues_stored_before_their_links_existed_read_as_unlinked()
      throws SQLException {
    JdbcDataSource dataSource = migratedTo("9");
    UUID idea = UUID.randomUUID();
    UUID advisoryCase = UUID.randomUUID();
    UUID entry = UUID.randomUUID();
    UUID dialogue = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO idea (id, receipt, source, challenge, description, channel,"
          + " submitted_on, triage, version) VALUES ('" + idea + "', 'r-1', 'CITIZEN', 'Ensamhet', 'Matlag',"
          + " 'WEB_FORM', DATE '2022-03-01', '{\"outcome\":\"TO_ADVICE\",\"note\":\"Till rådgivningen\","
          + "\"on\":\"2022-03-02\",\"by\":\"au-1\"}', 2)");
      statement.executeUpdate("INSERT INTO advisory_case (id, organisation_name, organisation_kind, idea,"
          + " challenge, advisers, outcomes, closed, opened_on, ruleset_version, eligibility, version) VALUES ('"
          + advisoryCase + "', 'Föreningen', 'ASSOCIATION', 'Matlag', 'Ensamhet', '[\"Coompanion\"]',"
          + " '[{\"kind\":\"ADVICE_GIVEN\",\"note\":\"Råd\",\"referral\":null,\"by\":\"adviser-1\","
          + "\"on\":\"2022-03-03\"}]', FALSE, DATE '2022-03-02', 'orebro-2022', '[]', 2)");
      statement.executeUpdate("INSERT INTO project_idea (id, theme, title, description, added_on, version)"
          + " VALUES ('" + entry + "', 'ensamhet', 'Matlag', 'Kvällar', DATE '2022-03-04', 1)");
      statement.executeUpdate("INSERT INTO meeting (id, format, title, meeting_date, municipality, status, agenda,"
          + " registrations, speakers, attendance, decisions, version) VALUES ('" + dialogue + "',"
          + " 'PUBLIC_DIALOGUE', 'Ensamhet', DATE '2022-04-05', 'NORA', 'PLANNED', '[]', '[]', '[]', '[]', '[]', 1)");
    }

    try (JdbcStorage storage = JdbcStorage.builder().jdbcUrl(url).user("sa").password("").build()) {
      assertThat(storage.ideas().find(new IdeaId(idea)).get().triage().orElseThrow().ledTo()).isEmpty();
      assertThat(storage.advisoryCases().find(new AdvisoryCaseId(advisoryCase)).get().outcomes()).singleElement()
          .satisfies(outcome -> assertThat(outcome.created()).isEmpty());
      ProjectIdea stored = storage.projectBank().find(new ProjectIdeaId(entry)).get();
      assertThat(stored.fromIdea()).isEmpty();
      assertThat(stored.fromAdvisoryCase()).isEmpty();
      assertThat(storage.meetings().find(new MeetingId(dialogue)).get().fromIdea()).isEmpty();
    }
  }
}
