package se.psi.testkit.gen;

import java.util.List;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.contact.port.in.ContactPersonDetails;

/** Fictitious contact people (CON-3: name, role, e-mail, phone only). */
public final class ContactGenerators {

  private static final List<String> GIVEN = List.of("Kim", "Alex", "Robin", "Sam", "Charlie", "Eli", "Noa", "Vide");
  private static final List<String> FAMILY =
      List.of("Berg", "Lind", "Ek", "Holm", "Strand", "Sjöberg", "Dahl", "Nyström");
  private static final List<String> ROLES =
      List.of("Verksamhetsutvecklare", "Ordförande", "Samordnare", "Utvecklingsstrateg", "Projektledare");

  private ContactGenerators() {}

  public static Gen<ContactPersonDetails> contactPeople() {
    return SourceDSL.integers().between(0, GIVEN.size() - 1).zip(SourceDSL.integers().between(0, FAMILY.size() - 1),
        SourceDSL.integers().between(0, ROLES.size() - 1), SourceDSL.booleans().all(),
        ContactGenerators::fromParts);
  }

  public static ContactPersonDetails contactPerson(RandomGenerator random) {
    return fromParts(random.nextInt(GIVEN.size()), random.nextInt(FAMILY.size()), random.nextInt(ROLES.size()),
        random.nextBoolean());
  }

  static ContactPersonDetails fromParts(int given, int family, int role, boolean official) {
    String name = GIVEN.get(given) + " " + FAMILY.get(family);
    String email = (GIVEN.get(given) + "." + FAMILY.get(family)).toLowerCase().replace('ö', 'o') + "@example.se";
    return new ContactPersonDetails(name, ROLES.get(role), email, "019-" + (100_000 + given * 1000 + family),
        official);
  }
}
