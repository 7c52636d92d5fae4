package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.psi.core.committee.domain.Seat;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sector;

/** {@link WorkingCommittees} over JDBC: tables {@code working_committee} and {@code committee_seat}. */
public final class JdbcWorkingCommitteesAdapter implements WorkingCommittees {

  private final JdbcUnitOfWork db;

  public JdbcWorkingCommitteesAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<WorkingCommittee> find(String partnership) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT partnership, out_of_balance, version FROM working_committee WHERE partnership = ?",
        row -> read(c, row), partnership)));
  }

  @Override
  public void save(WorkingCommittee committee) {
    String partnership = committee.partnership();
    db.withConnection(c -> {
      Versioned.save("WorkingCommittee", partnership, committee.version(),
          () -> Sql.update(c, "INSERT INTO working_committee (partnership, out_of_balance, version) VALUES (?, ?, ?)",
              partnership, committee.outOfBalance(), committee.version()),
          () -> Sql.update(c, "UPDATE working_committee SET out_of_balance = ?, version = ?"
              + " WHERE partnership = ? AND version = ?", committee.outOfBalance(), committee.version(), partnership,
              committee.version() - 1));
      Sql.update(c, "DELETE FROM committee_seat WHERE partnership = ?", partnership);
      List<Seat> seats = committee.seats();
      for (int seq = 0; seq < seats.size(); seq++) {
        Seat seat = seats.get(seq);
        Sql.update(c, "INSERT INTO committee_seat (partnership, partner_id, seq, sector, representative, since)"
            + " VALUES (?, ?, ?, ?, ?, ?)", partnership, seat.partnerId().value(), seq, seat.sector(),
            seat.representative(), seat.since());
      }
      return null;
    });
  }

  private static WorkingCommittee read(Connection c, ResultSet row) throws SQLException {
    String partnership = row.getString("partnership");
    List<Seat> seats = Sql.query(c, "SELECT partner_id, sector, representative, since FROM committee_seat"
        + " WHERE partnership = ? ORDER BY seq", seat -> new Seat(new PartnerId(Sql.uuid(seat, "partner_id")),
            Sector.valueOf(seat.getString("sector")), Sql.string(seat, "representative"),
            Sql.date(seat, "since").orElseThrow()), partnership);
    return WorkingCommittee.builder().partnership(partnership).seats(seats)
        .outOfBalance(row.getBoolean("out_of_balance")).version(row.getLong("version")).build();
  }
}
