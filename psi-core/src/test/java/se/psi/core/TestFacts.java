package se.psi.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.membership.domain.BoardDecision;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;

/** Domain facts for psi-core's own tests (psi-testkit depends on psi-core, so it cannot be used here). */
public final class TestFacts {

  public static final LocalDate DAY = LocalDate.of(2022, 3, 1);
  private static final AtomicLong NEXT = new AtomicLong();

  private TestFacts() {}

  public static Supplier<EventMeta> meta() {
    return () -> new EventMeta(new UUID(1, NEXT.incrementAndGet()), Instant.parse("2022-03-01T11:00:00Z"));
  }

  public static RuleSet rulesOn(LocalDate date) {
    return OrebroRuleSets.registry().inForceOn(date).get();
  }

  public static Organisation organisation(OrganisationKind kind) {
    return Organisation.builder()
        .organisationNumber(OrganisationNumber.withCheckDigit(String.format("812%06d", NEXT.incrementAndGet())))
        .name("Organisation " + kind).kind(kind)
        .municipality(kind == OrganisationKind.MUNICIPALITY ? Optional.of(Municipality.KUMLA) : Optional.empty())
        .build();
  }

  public static ContactPerson contact(boolean official) {
    return ContactPerson.builder().id(new ContactPersonId(new UUID(2, NEXT.incrementAndGet()))).name("Kim Berg")
        .role("Samordnare").email("kim@example.se").official(official).build();
  }

  public static BoardDecision boardDecision(LocalDate date) {
    return new BoardDecision(date, "Styrelsen", "§ 3");
  }

  public static MembershipApplication application(Organisation organisation, Optional<BoardDecision> board,
      Optional<ContactPerson> contact, Optional<String> assembly) {
    return MembershipApplication.submit(new MembershipApplicationId(new UUID(3, NEXT.incrementAndGet())),
        organisation, board, contact, assembly, Optional.empty(), DAY, meta()).application();
  }

  public static MembershipApplication complete(Organisation organisation) {
    return application(organisation, Optional.of(boardDecision(DAY.minusDays(7))), Optional.of(contact(true)),
        Optional.of("Kommunstyrelsen"));
  }
}
