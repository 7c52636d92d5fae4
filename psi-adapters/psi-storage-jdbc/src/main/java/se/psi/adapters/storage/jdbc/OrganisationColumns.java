package se.psi.adapters.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;

/** An organisation in the columns organisation_number, organisation_name, organisation_kind, municipality. */
final class OrganisationColumns {

  private OrganisationColumns() {}

  static Organisation read(ResultSet row) throws SQLException {
    return Organisation.builder()
        .organisationNumber(OrganisationNumber.of(row.getString("organisation_number")))
        .name(row.getString("organisation_name"))
        .kind(OrganisationKind.valueOf(row.getString("organisation_kind")))
        .municipality(Sql.enumOf(row, "municipality", Municipality.class))
        .build();
  }

  /** organisation_number, organisation_name, organisation_kind, sector, municipality. */
  static Object[] values(Organisation organisation) {
    return new Object[] {organisation.organisationNumber().digits(), organisation.name(), organisation.kind(),
        organisation.sector(), organisation.municipality()};
  }
}
