package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.shared.OrganisationNumber;

/** Rows written by an earlier version of the schema read back under the newest one. */
class GrantsStoredEarlierTest {

  @Test
  void GRA_7_an_application_stored_before_declarations_existed_reads_as_having_none_yet() throws SQLException {
    String url = "jdbc:h2:mem:psi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    Flyway.configure().dataSource(dataSource).locations(JdbcStorage.MIGRATIONS).table(JdbcStorage.HISTORY_TABLE)
        .target("6").load().migrate();
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
}
