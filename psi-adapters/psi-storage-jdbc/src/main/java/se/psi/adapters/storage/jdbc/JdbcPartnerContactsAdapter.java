package se.psi.adapters.storage.jdbc;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.contact.domain.Appointment;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.contact.domain.PartnerContact;
import se.psi.core.contact.domain.Vacancy;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

/**
 * {@link PartnerContacts} over JDBC: tables {@code partner_contact} and {@code contact_appointment}, the only place
 * contact persons' personal data is kept (CON-3); an erased appointment keeps no name, role, e-mail or phone.
 */
public final class JdbcPartnerContactsAdapter implements PartnerContacts {

  private static final String COLUMNS = "partner_id, organisation_number, municipality, vacancy_since,"
      + " vacancy_last_reminded, active, version";

  private final JdbcUnitOfWork db;

  public JdbcPartnerContactsAdapter(JdbcUnitOfWork db) {
    this.db = db;
  }

  @Override
  public Option<PartnerContact> find(PartnerId partner) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c,
        "SELECT " + COLUMNS + " FROM partner_contact WHERE partner_id = ?", row -> read(c, row), partner.value())));
  }

  @Override
  public Option<PartnerContact> findByContactPerson(ContactPersonId person) {
    return Option.ofOptional(db.withConnection(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM partner_contact"
        + " WHERE partner_id = (SELECT partner_id FROM contact_appointment WHERE contact_person_id = ?)",
        row -> read(c, row), person.value())));
  }

  @Override
  public List<PartnerContact> withOpenVacancy() {
    return db.withConnection(c -> Sql.query(c, "SELECT " + COLUMNS + " FROM partner_contact"
        + " WHERE active AND vacancy_since IS NOT NULL ORDER BY vacancy_since, partner_id", row -> read(c, row)));
  }

  @Override
  public void save(PartnerContact register) {
    UUID id = register.partnerId().value();
    var vacancy = register.vacancy();
    db.withConnection(c -> {
      Versioned.save("PartnerContact", id, register.version(),
          () -> Sql.update(c, "INSERT INTO partner_contact (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", id,
              register.organisation().digits(), register.municipality(), vacancy.map(Vacancy::since),
              vacancy.flatMap(Vacancy::lastReminded), register.active(), register.version()),
          () -> Sql.update(c, "UPDATE partner_contact SET vacancy_since = ?, vacancy_last_reminded = ?, active = ?,"
              + " version = ? WHERE partner_id = ? AND version = ?", vacancy.map(Vacancy::since),
              vacancy.flatMap(Vacancy::lastReminded), register.active(), register.version(), id,
              register.version() - 1));
      // Appointments are few per partner: rewritten with the register, inside the same transaction, in one batch.
      if (register.version() > 1) {
        Sql.update(c, "DELETE FROM contact_appointment WHERE partner_id = ?", id);
      }
      List<Appointment> all = new ArrayList<>(register.former());
      register.current().ifPresent(all::add);
      List<Object[]> rows = new ArrayList<>();
      for (int seq = 0; seq < all.size(); seq++) {
        Appointment a = all.get(seq);
        ContactPerson p = a.person();
        rows.add(new Object[] {p.id().value(), id, seq, a.until().isEmpty(), p.name(), p.role(), p.email(),
            p.phone(), p.official(), p.erased(), a.from(), a.until()});
      }
      Sql.batch(c, "INSERT INTO contact_appointment (contact_person_id, partner_id, seq, is_current, name, role,"
          + " email, phone, official, erased, from_date, until_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          rows);
      return null;
    });
  }

  private static PartnerContact read(Connection c, ResultSet row) throws SQLException {
    UUID id = Sql.uuid(row, "partner_id");
    List<Appointment> appointments = Sql.query(c, "SELECT contact_person_id, name, role, email, phone, official,"
        + " erased, from_date, until_date FROM contact_appointment WHERE partner_id = ? ORDER BY seq",
        JdbcPartnerContactsAdapter::appointment, id);
    Optional<Appointment> current = appointments.stream().filter(a -> a.until().isEmpty()).findFirst();
    Optional<Vacancy> vacancy = Sql.date(row, "vacancy_since")
        .map(since -> new Vacancy(since, dateOrEmpty(row, "vacancy_last_reminded")));
    return PartnerContact.builder()
        .partnerId(new PartnerId(id))
        .organisation(OrganisationNumber.of(row.getString("organisation_number")))
        .municipality(row.getBoolean("municipality"))
        .current(current)
        .vacancy(vacancy)
        .former(appointments.stream().filter(a -> a.until().isPresent()).toList())
        .active(row.getBoolean("active"))
        .version(row.getLong("version"))
        .build();
  }

  private static Appointment appointment(ResultSet row) throws SQLException {
    ContactPerson person = ContactPerson.builder()
        .id(new ContactPersonId(Sql.uuid(row, "contact_person_id")))
        .name(row.getString("name")).role(row.getString("role")).email(row.getString("email"))
        .phone(Sql.string(row, "phone")).official(row.getBoolean("official")).erased(row.getBoolean("erased"))
        .build();
    return new Appointment(person, Sql.date(row, "from_date").orElseThrow(), Sql.date(row, "until_date"));
  }

  private static Optional<java.time.LocalDate> dateOrEmpty(ResultSet row, String column) {
    try {
      return Sql.date(row, column);
    } catch (SQLException e) {
      throw StorageException.from(e);
    }
  }
}
