package se.psi.examples.quickstart;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.CompleteMembershipApplicationCommand;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.rules.Messages;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * A municipality joins the partnership: its first application lacks the board decision and names a contact who is
 * not an official, so the working committee's decision is INCOMPLETE and says exactly what is missing; once
 * completed, the application is ADMITTED. Each explanation is printed in Swedish and English.
 */
public final class QuickStart {

  /** Ljusnarsbergs kommun's organisation number. */
  private static final String LJUSNARSBERG = "212000-1967";

  private QuickStart() {}

  public static void main(String[] args) {
    // Hibernate Validator announces its version through java.util.logging; the example's output is the decisions.
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    InMemoryPsi psi = InMemoryPsi.create(TestClock.at("2022-03-01"), new SequentialIds());
    OrganisationNumber municipality = OrganisationNumber.of(LJUSNARSBERG);
    Actor official = Actor.forOrganisation("ljusnarsberg-admin", municipality, Role.PARTNER_ADMINISTRATOR);
    Actor committee = Actor.of("au-member", Role.COMMITTEE_MEMBER);

    MembershipApplication applied = psi.useCase(ApplyForMembershipUseCase.class).applyForMembership(
        new ApplyForMembershipCommand(official,
            new OrganisationDetails(LJUSNARSBERG, "Ljusnarsbergs kommun", OrganisationKind.MUNICIPALITY,
                Municipality.LJUSNARSBERG),
            null,
            new ContactPersonDetails("Kim Berg", "Kommunikatör", "kim.berg@example.se", null, false),
            "Kommunstyrelsen", null))
        .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));

    MembershipApplication first = decide(psi, committee, applied);
    print(out, "1. Första beslutet / First decision", first.latestDecision().orElseThrow());

    psi.useCase(CompleteMembershipApplicationUseCase.class).completeMembershipApplication(
        new CompleteMembershipApplicationCommand(official, applied.id().value(),
            new BoardDecisionDetails(LocalDate.of(2022, 2, 14), "Kommunstyrelsen", "KS § 23"),
            new ContactPersonDetails("Kim Berg", "Utvecklingsstrateg", "kim.berg@example.se", null, true),
            null, first.version()))
        .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));

    MembershipApplication second = decide(psi, committee, applied);
    print(out, "2. Efter komplettering / After completion", second.latestDecision().orElseThrow());
  }

  private static MembershipApplication decide(InMemoryPsi psi, Actor committee, MembershipApplication application) {
    return psi.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(committee, application.id().value(), null))
        .getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
  }

  private static void print(PrintStream out, String heading, MembershipDecision decision) {
    out.println("== " + heading + ": " + decision.outcome() + " ==");
    for (Locale language : new Locale[] {Messages.SWEDISH, Locale.ENGLISH}) {
      out.println(decision.explanation().render(language));
      out.println();
    }
  }
}
