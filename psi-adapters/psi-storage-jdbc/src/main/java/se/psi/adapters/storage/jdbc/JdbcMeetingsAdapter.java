package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.Place;

/** {@link Meetings} over JDBC: table {@code meeting}. */
public final class JdbcMeetingsAdapter implements Meetings {

  private static final String COLUMNS = "id, format, title, meeting_date, municipality, responsible, status, agenda,"
      + " registrations, speakers, attendance, decisions, version, from_idea";

  private final JdbcUnitOfWork db;

  public JdbcMeetingsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Meeting> find(MeetingId id) {
    return Option.ofOptional(db.withConnection(c ->
        Sql.one(c, "SELECT " + COLUMNS + " FROM meeting WHERE id = ?", JdbcMeetingsAdapter::read, id.value())));
  }

  @Override
  public List<Meeting> inYear(Year year) {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM meeting WHERE meeting_date >= ?"
        + " AND meeting_date < ? ORDER BY meeting_date, id", JdbcMeetingsAdapter::read, year.atDay(1),
        year.plusYears(1).atDay(1)));
  }

  @Override
  public void save(Meeting m) {
    String agenda = MeetingDocuments.AGENDA.write(m.agenda());
    String registrations = MeetingDocuments.REGISTRATIONS.write(m.registrations());
    String speakers = MeetingDocuments.SPEAKERS.write(m.speakers());
    String attendance = MeetingDocuments.ATTENDANCE.write(m.attendance());
    String decisions = Documents.write(m.decisions());
    db.withConnection(c -> {
      Versioned.save("Meeting", m.id().value(), m.version(),
          () -> Sql.update(c, "INSERT INTO meeting (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?)",
              m.id().value(), m.format(), m.title(), m.date(), m.place().municipality(), m.responsibleOrganisation(),
              m.status(), agenda, registrations, speakers, attendance, decisions, m.version(),
              m.fromIdea().map(IdeaId::value)),
          () -> Sql.update(c, "UPDATE meeting SET title = ?, meeting_date = ?, municipality = ?, responsible = ?,"
              + " status = ?, agenda = ?, registrations = ?, speakers = ?, attendance = ?, decisions = ?, version = ?"
              + " WHERE id = ? AND version = ?", m.title(), m.date(), m.place().municipality(),
              m.responsibleOrganisation(), m.status(), agenda, registrations, speakers, attendance, decisions,
              m.version(), m.id().value(), m.version() - 1));
      return null;
    });
  }

  private static Meeting read(ResultSet row) throws SQLException {
    return Meeting.builder()
        .id(new MeetingId(Sql.uuid(row, "id")))
        .format(MeetingFormat.valueOf(row.getString("format")))
        .title(row.getString("title"))
        .date(Sql.date(row, "meeting_date").orElseThrow())
        .place(new Place(Sql.enumOf(row, "municipality", Municipality.class)))
        .responsibleOrganisation(Sql.string(row, "responsible"))
        .status(MeetingStatus.valueOf(row.getString("status")))
        .agenda(MeetingDocuments.AGENDA.read(row.getString("agenda")))
        .registrations(MeetingDocuments.REGISTRATIONS.read(row.getString("registrations")))
        .speakers(MeetingDocuments.SPEAKERS.read(row.getString("speakers")))
        .attendance(MeetingDocuments.ATTENDANCE.read(row.getString("attendance")))
        .decisions(Documents.read(row.getString("decisions"), new TypeReference<List<String>>() {}))
        .version(row.getLong("version"))
        .fromIdea(Optional.ofNullable(Sql.uuid(row, "from_idea")).map(IdeaId::new))
        .build();
  }
}
