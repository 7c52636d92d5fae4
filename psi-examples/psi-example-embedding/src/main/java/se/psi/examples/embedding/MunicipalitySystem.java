package se.psi.examples.embedding;

import io.vavr.control.Either;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import se.psi.testkit.memory.InMemoryActivityLists;
import se.psi.testkit.memory.InMemoryAdvisoryCases;
import se.psi.testkit.memory.InMemoryAuditLog;
import se.psi.testkit.memory.InMemoryDelegations;
import se.psi.testkit.memory.InMemoryDocumentationTemplates;
import se.psi.testkit.memory.InMemoryFundingCalls;
import se.psi.testkit.memory.InMemoryGrantApplications;
import se.psi.testkit.memory.InMemoryGrantSchemes;
import se.psi.testkit.memory.InMemoryIdeas;
import se.psi.testkit.memory.InMemoryInnovationRecords;
import se.psi.testkit.memory.InMemoryMeetings;
import se.psi.testkit.memory.InMemoryMembershipApplications;
import se.psi.testkit.memory.InMemoryOperationalPlans;
import se.psi.testkit.memory.InMemoryPartnerContacts;
import se.psi.testkit.memory.InMemoryPresentationObligations;
import se.psi.testkit.memory.InMemoryProjectBank;
import se.psi.testkit.memory.InMemoryProjects;
import se.psi.testkit.memory.InMemoryThemeInterests;
import se.psi.testkit.memory.InMemoryUnitOfWork;
import se.psi.testkit.memory.InMemoryWorkingCommittees;

/**
 * A municipality embeds the partnership's rules in its own system (see the README's "Embedding" section):
 * <ol>
 *   <li>its own partner register, a file ({@link FilePartners}), proven with psi-testkit's contract suite;</li>
 *   <li>everything else it does not keep itself in memory (psi-testkit), all in one unit of work;</li>
 *   <li>its own outbox ({@link CommittedEvents}) and a listener for its case system ({@link CaseSystemListener});</li>
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
    run(Path.of(args.length > 0 ? args[0] : "municipality-data"), out, Clock.system(ZoneId.of("Europe/Stockholm")));
  }

  /** Runs the municipality's day on {@code clock}: the system clock when a user runs it, a fixed one in tests. */
  static void run(Path dataDirectory, PrintStream out, Clock clock) {
    // 1. The municipality's own storage for partners; 2. the rest in memory, in one transaction with it.
    FilePartners partners = new FilePartners(dataDirectory.resolve("partners.jsonl"));
    CommittedEvents outbox = new CommittedEvents(clock);
    var applications = new InMemoryMembershipApplications();
    var contacts = new InMemoryPartnerContacts();
    var committees = new InMemoryWorkingCommittees();
    var meetings = new InMemoryMeetings();
    var presentations = new InMemoryPresentationObligations();
    var plans = new InMemoryOperationalPlans();
    var activityLists = new InMemoryActivityLists();
    var templates = new InMemoryDocumentationTemplates();
    var innovations = new InMemoryInnovationRecords();
    var grants = new InMemoryGrantApplications();
    var schemes = new InMemoryGrantSchemes();
    var delegations = new InMemoryDelegations();
    var ideas = new InMemoryIdeas();
    var advisoryCases = new InMemoryAdvisoryCases();
    var calls = new InMemoryFundingCalls();
    var interests = new InMemoryThemeInterests();
    var projectBank = new InMemoryProjectBank();
    var projects = new InMemoryProjects();
    var auditLog = new InMemoryAuditLog();
    var unitOfWork = new InMemoryUnitOfWork(List.of(partners, outbox, applications, contacts, committees, meetings,
        presentations, plans, activityLists, templates, innovations, grants, schemes, delegations, ideas,
        advisoryCases, calls, interests, projectBank, projects, auditLog));
    PsiCore core = PsiCore.builder()
        .partners(partners).eventOutbox(outbox).membershipApplications(applications).partnerContacts(contacts)
        .workingCommittees(committees).meetings(meetings).presentationObligations(presentations)
        .operationalPlans(plans).activityLists(activityLists).documentationTemplates(templates)
        .innovationRecords(innovations).grantApplications(grants).grantSchemes(schemes).delegations(delegations)
        .ideas(ideas).advisoryCases(advisoryCases).fundingCalls(calls).themeInterests(interests)
        .projectBank(projectBank).projects(projects).auditLog(auditLog).unitOfWork(unitOfWork)
        .clock(clock).ids(IdSource.random())
        .build();
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
