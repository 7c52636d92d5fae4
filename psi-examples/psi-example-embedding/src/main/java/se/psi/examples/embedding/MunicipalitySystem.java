package se.psi.examples.embedding;

import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.psi.core.PsiCore;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.core.rules.Rejection;
import se.psi.testkit.memory.InMemoryStorage;

/**
 * A municipality embeds the partnership's rules in its own system (see the README's "Embedding" section):
 * <ol>
 *   <li>its own partner register, a file ({@link FilePartners}), proven with psi-testkit's contract suite;</li>
 *   <li>its own outbox ({@link CommittedEvents}) and a listener for its case system ({@link CaseSystemListener});</li>
 *   <li>the Region's records system, which numbers grant cases as they arrive ({@link RegionDiarium}, GRA-9);</li>
 *   <li>everything else in psi-testkit's in-memory storage, whose unit of work takes its two stores in: one line;</li>
 *   <li>then it calls the use cases, as its own users, and reacts to what happened.</li>
 * </ol>
 */
public final class MunicipalitySystem {

  /** Lindesbergs kommun: fictitious organisation number with a valid check digit. */
  static final String LINDESBERG = OrganisationNumber.withCheckDigit("212000188").toString();

  /** Held, because java.util.logging keeps loggers weakly and would forget the level set on it. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private MunicipalitySystem() {}

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(Path.of(args.length > 0 ? args[0] : "municipality-data"), out, Clock.system(PsiCore.STOCKHOLM));
  }

  /** Runs the municipality's day on {@code clock}: the system clock when a user runs it, a fixed one in tests. */
  static void run(Path dataDirectory, PrintStream out, Clock clock) {
    // 1. The municipality's own partner register and outbox, the Region's diarium; 2. the rest in memory, in one
    // transaction with them.
    FilePartners partners = new FilePartners(dataDirectory.resolve("partners.jsonl"));
    CommittedEvents outbox = new CommittedEvents(clock);
    RegionDiarium diarium = new RegionDiarium("RS", 400);
    PsiCore core = PsiCore.builder().storage(new InMemoryStorage().with(partners, outbox, diarium))
        .clock(clock).ids(IdSource.random()).build();
    // 3. The municipality's case system listens to what the partnership does.
    CaseSystemListener caseSystem = new CaseSystemListener(out);

    // 4. Its officials use the partnership's rules as its own users.
    if (partners.findCurrent(OrganisationNumber.of(LINDESBERG)).isDefined()) {
      out.println("Lindesbergs kommun is already a partner in " + dataDirectory.toAbsolutePath()
          + "; everything but the partner register was kept in memory, so start again with an empty folder.");
      return;
    }
    Actor official = Actor.forOrganisation("lindesberg-strateg", OrganisationNumber.of(LINDESBERG),
        Role.PARTNER_ADMINISTRATOR);
    Actor committee = Actor.of("au-ledamot", Role.COMMITTEE_MEMBER);
    MembershipApplication applied = ok(core.useCase(ApplyForMembershipUseCase.class).applyForMembership(
        new ApplyForMembershipCommand(official,
            new OrganisationDetails(LINDESBERG, "Lindesbergs kommun", OrganisationKind.MUNICIPALITY,
                Municipality.LINDESBERG),
            new BoardDecisionDetails(LocalDate.now(clock).minusWeeks(2), "Kommunstyrelsen", "KS § 112"),
            new ContactPersonDetails("Kim Berg", "Utvecklingsstrateg", "kim.berg@example.se", null, true),
            "Kommunstyrelsen", null)));
    MembershipDecision decision = ok(core.useCase(DecideMembershipUseCase.class).decideMembership(
        new DecideMembershipCommand(committee, applied.id().value(), null))).latestDecision().orElseThrow();
    out.println("Decision: " + decision.outcome());
    out.println(decision.explanation().render(Locale.ENGLISH));
    outbox.dispatchTo(caseSystem);

    // The contact person leaves: the municipality reports the vacancy, and its CRM hears of it.
    ok(core.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(new ReportContactVacancyCommand(
        official, decision.partnerId().orElseThrow().value(), null, null)));
    outbox.dispatchTo(caseSystem);
    out.println("Partner register: " + dataDirectory.resolve("partners.jsonl").toAbsolutePath());
  }

  private static <T> T ok(Either<Rejection, T> result) {
    return result.getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
  }
}
