package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaContact;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.Triage;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.Place;

/** {@link Ideas} over JDBC: table {@code idea}; the idea-giver's contact details are erasable columns (CON-3). */
public final class JdbcIdeasAdapter implements Ideas {

  private static final String COLUMNS = "id, receipt, source, organisation, contact_name, contact_email, challenge,"
      + " description, municipality, channel, channelled_by, submitted_on, triage, version";

  private final JdbcUnitOfWork db;

  public JdbcIdeasAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<Idea> find(IdeaId id) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM idea WHERE id = ?",
        JdbcIdeasAdapter::read, id.value())));
  }

  @Override
  public Option<Idea> findByReceipt(String receipt) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM idea WHERE receipt = ?",
        JdbcIdeasAdapter::read, receipt)));
  }

  @Override
  public List<Idea> all() {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM idea ORDER BY submitted_on DESC, id",
        JdbcIdeasAdapter::read));
  }

  @Override
  public void save(Idea i) {
    var contact = i.contact();
    db.withConnection(c -> {
      Versioned.save("Idea", i.id().value(), i.version(),
          () -> Sql.update(c, "INSERT INTO idea (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              i.id().value(), i.receipt(), i.source(), i.organisation(), contact.map(IdeaContact::name),
              contact.map(IdeaContact::email), i.challenge(), i.description(), i.place().municipality(),
              i.channel(), i.channelledBy(), i.submittedOn(), i.triage().map(CaseDocuments.TRIAGE::write), i.version()),
          () -> Sql.update(c, "UPDATE idea SET contact_name = ?, contact_email = ?, triage = ?, version = ?"
              + " WHERE id = ? AND version = ?", contact.map(IdeaContact::name),
              contact.map(IdeaContact::email), i.triage().map(CaseDocuments.TRIAGE::write), i.version(),
              i.id().value(), i.version() - 1));
      return null;
    });
  }

  private static Idea read(ResultSet row) throws SQLException {
    Optional<String> name = Sql.string(row, "contact_name");
    Optional<String> email = Sql.string(row, "contact_email");
    return Idea.builder()
        .id(new IdeaId(Sql.uuid(row, "id")))
        .receipt(row.getString("receipt"))
        .source(IdeaSource.valueOf(row.getString("source")))
        .organisation(Sql.string(row, "organisation"))
        .contact(name.map(n -> new IdeaContact(n, email.orElseThrow())))
        .challenge(row.getString("challenge"))
        .description(row.getString("description"))
        .place(new Place(Sql.enumOf(row, "municipality", Municipality.class)))
        .channel(IdeaChannel.valueOf(row.getString("channel")))
        .channelledBy(Sql.enumOf(row, "channelled_by", Municipality.class))
        .submittedOn(Sql.date(row, "submitted_on").orElseThrow())
        .triage(Sql.string(row, "triage").map(CaseDocuments.TRIAGE::read))
        .version(row.getLong("version"))
        .build();
  }
}
