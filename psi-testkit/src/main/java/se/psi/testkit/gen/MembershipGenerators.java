package se.psi.testkit.gen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.contact.port.in.ContactPersonDetails;
import java.util.UUID;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.PartnerId;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.shared.OrganisationNumbers;

/**
 * Organisations and membership applications for property tests. Each generator comes twice: a QuickTheories
 * {@link Gen}, and a plain factory over any seeded {@link RandomGenerator} for other property-testing libraries.
 */
public final class MembershipGenerators {

  private static final OrganisationKind[] KINDS = OrganisationKind.values();
  private static final Municipality[] MUNICIPALITIES = Municipality.values();
  private static final List<String> NAME_PARTS =
      List.of("Bergslagens", "Närke", "Kilsbergens", "Hjälmar", "Vätter", "Tiveden", "Garphytte", "Svartå");
  private static final List<String> NAME_ENDS =
      List.of("förening", "stiftelse", "kooperativ", "nätverk", "kommun", "partner", "gemenskap", "hus");

  private MembershipGenerators() {}

  /** What an application contains, before it becomes a command. */
  public record ApplicationDraft(OrganisationDetails organisation, Optional<BoardDecisionDetails> boardDecision,
      Optional<ContactPersonDetails> contactPerson, Optional<String> politicalAssembly) {

    /** The application as sent by the organisation's own administrator. */
    public ApplyForMembershipCommand command() {
      return command(applicant());
    }

    public ApplyForMembershipCommand command(Actor actor) {
      return new ApplyForMembershipCommand(actor, organisation, boardDecision.orElse(null),
          contactPerson.orElse(null), politicalAssembly.orElse(null), null);
    }

    /** The organisation's own administrator. */
    public Actor applicant() {
      return Actor.forOrganisation("admin-" + organisation.organisationNumber(),
          OrganisationNumber.of(organisation.organisationNumber()), Role.PARTNER_ADMINISTRATOR);
    }

    /** Whether every prerequisite (MEM-4, MEM-5, MEM-6 for municipalities) is given. */
    public boolean isComplete() {
      boolean municipality = organisation.kind() == OrganisationKind.MUNICIPALITY;
      return boardDecision.isPresent() && contactPerson.isPresent()
          && (!municipality || contactPerson.get().official() && politicalAssembly.isPresent());
    }

    public ApplicationDraft completed() {
      return new ApplicationDraft(organisation,
          boardDecision.or(() -> Optional.of(new BoardDecisionDetails(LocalDate.of(2015, 1, 1), "Styrelsen", "§ 1"))),
          Optional.of(contactPerson.map(c -> new ContactPersonDetails(c.name(), c.role(), c.email(), c.phone(), true))
              .orElseGet(() -> ContactGenerators.fromParts(0, 0, 0, true))),
          politicalAssembly.or(() -> Optional.of("Kommunstyrelsen")));
    }
  }

  public static Gen<OrganisationDetails> organisations() {
    return OrganisationNumbers.gen().zip(SourceDSL.integers().between(0, KINDS.length - 1),
        SourceDSL.integers().between(0, NAME_PARTS.size() * NAME_ENDS.size() - 1),
        SourceDSL.integers().between(0, MUNICIPALITIES.length - 1), MembershipGenerators::organisation);
  }

  public static OrganisationDetails organisation(RandomGenerator random) {
    return organisation(OrganisationNumbers.random(random), random.nextInt(KINDS.length),
        random.nextInt(NAME_PARTS.size() * NAME_ENDS.size()), random.nextInt(MUNICIPALITIES.length));
  }

  /** Applications with each part present or missing at random. */
  public static Gen<ApplicationDraft> applications() {
    return organisations().zip(SourceDSL.integers().between(0, 15), ContactGenerators.contactPeople(),
        SourceDSL.integers().between(0, 365 * 8), MembershipGenerators::draft);
  }

  public static ApplicationDraft application(RandomGenerator random) {
    return draft(organisation(random), random.nextInt(16), ContactGenerators.contactPerson(random),
        random.nextInt(365 * 8));
  }

  /** Applications with every prerequisite present. */
  public static Gen<ApplicationDraft> completeApplications() {
    return applications().map(ApplicationDraft::completed);
  }

  /** Admitted partners (version 1) of generated complete applications, admitted on {@code on} under its ruleset. */
  public static Gen<Partner> partners(LocalDate on) {
    return completeApplications().map(draft -> admitted(draft, on));
  }

  public static Partner partner(RandomGenerator random, LocalDate on) {
    return admitted(application(random).completed(), on);
  }

  private static Partner admitted(ApplicationDraft draft, LocalDate on) {
    var ruleSet = OrebroRuleSets.registry().inForceOn(on)
        .getOrElseThrow(() -> new IllegalArgumentException("no Örebro ruleset in force on " + on));
    var application = MembershipApplication.submit(new MembershipApplicationId(new UUID(7, draft.hashCode())),
        draft.organisation().toOrganisation(), draft.boardDecision().map(BoardDecisionDetails::toBoardDecision),
        draft.contactPerson().map(c -> c.toContactPerson(new ContactPersonId(new UUID(8, draft.hashCode())))),
        draft.politicalAssembly(), Optional.empty(), on, Fixtures.eventMeta()).application();
    return Partner.admit(new PartnerId(new UUID(9, draft.hashCode())), application, on, ruleSet,
        Fixtures.eventMeta()).partner();
  }

  private static OrganisationDetails organisation(OrganisationNumber number, int kind, int name, int municipality) {
    OrganisationKind chosen = KINDS[kind];
    String title = chosen == OrganisationKind.MUNICIPALITY
        ? MUNICIPALITIES[municipality].displayName() + "s kommun"
        : NAME_PARTS.get(name / NAME_ENDS.size()) + " " + NAME_ENDS.get(name % NAME_ENDS.size());
    return new OrganisationDetails(number.toString(), title, chosen,
        chosen == OrganisationKind.MUNICIPALITY || kind % 2 == 0 ? MUNICIPALITIES[municipality] : null);
  }

  /** {@code parts} is a bit set: 1 board decision, 2 contact person, 4 political assembly, 8 official contact. */
  private static ApplicationDraft draft(OrganisationDetails organisation, int parts, ContactPersonDetails contact,
      int boardDay) {
    ContactPersonDetails named = new ContactPersonDetails(contact.name(), contact.role(), contact.email(),
        contact.phone(), (parts & 8) != 0);
    return new ApplicationDraft(organisation,
        (parts & 1) != 0
            ? Optional.of(new BoardDecisionDetails(LocalDate.of(2014, 1, 1).plusDays(boardDay), "Styrelsen",
                "§ " + (boardDay % 97 + 1)))
            : Optional.empty(),
        (parts & 2) != 0 ? Optional.of(named) : Optional.empty(),
        (parts & 4) != 0 ? Optional.of("Kommunstyrelsen") : Optional.empty());
  }
}
