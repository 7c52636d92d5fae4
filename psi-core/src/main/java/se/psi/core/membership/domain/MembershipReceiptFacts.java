package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.rules.ReceiptFacts;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;

/**
 * The facts of a membership decision as its receipt keeps them: the organisation's name, kind and municipality
 * (MEM-1; not its number, which no rule reads), its board decision
 * (MEM-4), whether a contact person was named and is an official (MEM-5, MEM-6: never who), the political assembly
 * (MEM-6) and the decision date. A replay rebuilds the application as it stood from these alone.
 */
public final class MembershipReceiptFacts implements ReceiptFacts<MembershipFacts> {

  public static final MembershipReceiptFacts INSTANCE = new MembershipReceiptFacts();

  /** The ids a rebuilt application carries: no rule reads them, and the receipt keeps none. */
  private static final UUID NO_ID = new UUID(0, 0);

  /** The organisation number a rebuilt application carries, for the same reason: a fictitious, valid one. */
  private static final OrganisationNumber NO_NUMBER = OrganisationNumber.withCheckDigit("802000000");

  private MembershipReceiptFacts() {}

  @Override
  public SortedMap<String, String> written(MembershipFacts facts) {
    MembershipApplication application = facts.application();
    Organisation organisation = application.organisation();
    SortedMap<String, String> written = new TreeMap<>();
    written.put("decisionDate", facts.decisionDate().toString());
    written.put("organisation.name", organisation.name());
    written.put("organisation.kind", organisation.kind().name());
    organisation.municipality().ifPresent(m -> written.put("organisation.municipality", m.name()));
    application.boardDecision().ifPresent(board -> {
      written.put("boardDecision.date", board.date().toString());
      written.put("boardDecision.body", board.body());
      written.put("boardDecision.reference", board.reference());
    });
    application.contactPerson().ifPresent(contact -> {
      written.put("contactPerson", "named");
      written.put("contactPerson.official", Boolean.toString(contact.official()));
    });
    application.politicalAssembly().ifPresent(assembly -> written.put("politicalAssembly", assembly));
    return written;
  }

  @Override
  public MembershipFacts read(Map<String, String> facts) {
    LocalDate decisionDate = ReceiptFacts.date(required(facts, "decisionDate"));
    Organisation organisation = Organisation.builder()
        .organisationNumber(NO_NUMBER)
        .name(required(facts, "organisation.name"))
        .kind(OrganisationKind.valueOf(required(facts, "organisation.kind")))
        .municipality(Optional.ofNullable(facts.get("organisation.municipality")).map(Municipality::valueOf))
        .build();
    Optional<BoardDecision> board = Optional.ofNullable(facts.get("boardDecision.date"))
        .map(date -> new BoardDecision(ReceiptFacts.date(date), required(facts, "boardDecision.body"),
            required(facts, "boardDecision.reference")));
    Optional<ContactPerson> contact = Optional.ofNullable(facts.get("contactPerson"))
        .map(named -> ContactPerson.builder().id(new ContactPersonId(NO_ID)).name("").role("").email("")
            .official(Boolean.parseBoolean(required(facts, "contactPerson.official"))).erased(true).build());
    MembershipApplication application = MembershipApplication.builder()
        .id(new MembershipApplicationId(NO_ID)).organisation(organisation).boardDecision(board)
        .contactPerson(contact).politicalAssembly(Optional.ofNullable(facts.get("politicalAssembly")))
        .submittedOn(decisionDate).status(ApplicationStatus.SUBMITTED).version(1).build();
    return new MembershipFacts(application, decisionDate);
  }

  private static String required(Map<String, String> facts, String name) {
    String value = facts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the receipt has no " + name);
    }
    return value;
  }
}
