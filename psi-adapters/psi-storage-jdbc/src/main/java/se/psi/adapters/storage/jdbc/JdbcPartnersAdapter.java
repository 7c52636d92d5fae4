package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/** {@link Partners} over JDBC: table {@code partner}. */
public final class JdbcPartnersAdapter implements Partners {

  private static final String COLUMNS = "id, organisation_number, organisation_name, organisation_kind, sector,"
      + " municipality, current_organisation, application_id, admitted_on, admitted_under, agreement_ends_on,"
      + " engagement, status, withdrawn_on, version";

  private final JdbcUnitOfWork db;

  public JdbcPartnersAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Partner> find(PartnerId id) {
    return Option.ofOptional(db.withConnection(c ->
        Sql.one(c, "SELECT " + COLUMNS + " FROM partner WHERE id = ?", JdbcPartnersAdapter::read, id.value())));
  }

  @Override
  public Option<Partner> findCurrent(OrganisationNumber organisation) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM partner WHERE current_organisation = ?", JdbcPartnersAdapter::read,
        organisation.digits())));
  }

  @Override
  public Page<Partner> list(PartnerFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    filter.sector().ifPresent(sector -> {
      where.append(" AND sector = ?");
      parameters.add(sector);
    });
    filter.status().ifPresent(status -> {
      where.append(" AND status = ?");
      parameters.add(status);
    });
    filter.activeOn().ifPresent(day -> {
      where.append(" AND status = 'ACTIVE' AND (agreement_ends_on IS NULL OR agreement_ends_on >= ?)");
      parameters.add(day);
    });
    return db.withConnection(c -> {
      // Counts only as far as Page.countLimit, so that a page costs the same however many partners there are.
      List<Object> counting = new ArrayList<>(parameters);
      counting.add(Page.countLimit(filter.offset(), filter.limit()));
      long counted = Sql.one(c, "SELECT COUNT(*) FROM (SELECT 1 FROM partner" + where + " LIMIT ?) matches",
          row -> row.getLong(1), counting.toArray()).orElse(0L);
      List<Object> paged = new ArrayList<>(parameters);
      paged.add(filter.limit());
      paged.add(filter.offset());
      List<Partner> items = Sql.query(c, "SELECT " + COLUMNS + " FROM partner" + where
          + " ORDER BY organisation_name, id LIMIT ? OFFSET ?", JdbcPartnersAdapter::read, paged.toArray());
      return Page.counted(items, filter.offset(), filter.limit(), counted);
    });
  }

  @Override
  public List<Partner> withAgreementEndedBefore(LocalDate day) {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM partner WHERE status = 'ACTIVE'"
        + " AND agreement_ends_on < ? ORDER BY agreement_ends_on, id", JdbcPartnersAdapter::read, day));
  }

  @Override
  public void save(Partner partner) {
    Object[] organisation = OrganisationColumns.values(partner.organisation());
    String current = partner.status() == PartnerStatus.ACTIVE ? partner.organisation().organisationNumber().digits()
        : null;
    db.withConnection(c -> {
      Versioned.save("Partner", partner.id().value(), partner.version(),
          () -> Sql.update(c, "INSERT INTO partner (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?)", partner.id().value(), organisation[0], organisation[1], organisation[2],
              organisation[3], organisation[4], current, partner.applicationId().value(), partner.admittedOn(),
              partner.admittedUnder(), partner.agreementEndsOn(), partner.engagement(), partner.status(),
              partner.withdrawnOn(), partner.version()),
          () -> Sql.update(c, "UPDATE partner SET organisation_name = ?, municipality = ?, current_organisation = ?,"
              + " agreement_ends_on = ?, engagement = ?, status = ?, withdrawn_on = ?, version = ?"
              + " WHERE id = ? AND version = ?", organisation[1], organisation[4], current,
              partner.agreementEndsOn(), partner.engagement(), partner.status(), partner.withdrawnOn(),
              partner.version(), partner.id().value(), partner.version() - 1));
      return null;
    });
  }

  private static Partner read(ResultSet row) throws SQLException {
    return Partner.builder()
        .id(new PartnerId(Sql.uuid(row, "id")))
        .organisation(OrganisationColumns.read(row))
        .applicationId(new MembershipApplicationId(Sql.uuid(row, "application_id")))
        .admittedOn(Sql.date(row, "admitted_on").orElseThrow())
        .admittedUnder(row.getString("admitted_under"))
        .agreementEndsOn(Sql.date(row, "agreement_ends_on"))
        .engagement(Sql.enumOf(row, "engagement", EngagementLevel.class))
        .status(PartnerStatus.valueOf(row.getString("status")))
        .withdrawnOn(Sql.date(row, "withdrawn_on"))
        .version(row.getLong("version"))
        .build();
  }
}
