package se.psi.testkit.memory;

import java.time.Clock;
import java.util.List;
import se.psi.core.PsiCore;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;

/**
 * The core wired with in-memory implementations of every driven port, for tests, examples and prototypes. The ports
 * are public so a test can look at what a use case stored, published and audited.
 *
 * <pre>{@code
 * InMemoryPsi psi = InMemoryPsi.create(TestClock.at("2022-03-01"), new SequentialIds());
 * psi.core().useCase(ApplyForMembershipUseCase.class).applyForMembership(command);
 * psi.outbox().events(PartnerEvent.PartnerAdmitted.class);
 * }</pre>
 */
public final class InMemoryPsi {

  private final InMemoryMembershipApplications applications = new InMemoryMembershipApplications();
  private final InMemoryPartners partners = new InMemoryPartners();
  private final InMemoryPartnerContacts contacts = new InMemoryPartnerContacts();
  private final InMemoryWorkingCommittees committees = new InMemoryWorkingCommittees();
  private final InMemoryMeetings meetings = new InMemoryMeetings();
  private final InMemoryPresentationObligations presentations = new InMemoryPresentationObligations();
  private final InMemoryOperationalPlans plans = new InMemoryOperationalPlans();
  private final InMemoryActivityLists activityLists = new InMemoryActivityLists();
  private final InMemoryDocumentationTemplates templates = new InMemoryDocumentationTemplates();
  private final InMemoryInnovationRecords innovations = new InMemoryInnovationRecords();
  private final InMemoryGrantApplications grantApplications = new InMemoryGrantApplications();
  private final InMemoryGrantSchemes grantSchemes = new InMemoryGrantSchemes();
  private final InMemoryDelegations delegations = new InMemoryDelegations();
  private final InMemoryIdeas ideas = new InMemoryIdeas();
  private final InMemoryAdvisoryCases advisoryCases = new InMemoryAdvisoryCases();
  private final InMemoryFundingCalls fundingCalls = new InMemoryFundingCalls();
  private final InMemoryThemeInterests themeInterests = new InMemoryThemeInterests();
  private final InMemoryProjectBank projectBank = new InMemoryProjectBank();
  private final InMemoryProjects projects = new InMemoryProjects();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
  private final InMemoryUnitOfWork unitOfWork =
      new InMemoryUnitOfWork(List.of(applications, partners, contacts, committees, meetings, presentations, plans,
          activityLists, templates, innovations, grantApplications, grantSchemes, delegations, ideas, advisoryCases,
          fundingCalls, themeInterests, projectBank, projects, auditLog, outbox));
  private final PsiCore core;

  private InMemoryPsi(Clock clock, IdSource ids, RuleSetRegistry ruleSets) {
    this.core = PsiCore.builder()
        .membershipApplications(applications).partners(partners).partnerContacts(contacts)
        .workingCommittees(committees).meetings(meetings).presentationObligations(presentations)
        .operationalPlans(plans).activityLists(activityLists).documentationTemplates(templates)
        .innovationRecords(innovations).grantApplications(grantApplications).grantSchemes(grantSchemes)
        .delegations(delegations).ideas(ideas).advisoryCases(advisoryCases).fundingCalls(fundingCalls)
        .themeInterests(themeInterests).projectBank(projectBank).projects(projects).unitOfWork(unitOfWork).auditLog(auditLog).eventOutbox(outbox)
        .clock(clock).ids(ids).ruleSets(ruleSets)
        .build();
  }

  /** Under the Örebro rulesets. */
  public static InMemoryPsi create(Clock clock, IdSource ids) {
    return new InMemoryPsi(clock, ids, OrebroRuleSets.registry());
  }

  /** Under an integrator's own rulesets. */
  public static InMemoryPsi create(Clock clock, IdSource ids, RuleSetRegistry ruleSets) {
    return new InMemoryPsi(clock, ids, ruleSets);
  }

  public PsiCore core() {
    return core;
  }

  public <T> T useCase(Class<T> type) {
    return core.useCase(type);
  }

  public InMemoryMembershipApplications applications() {
    return applications;
  }

  public InMemoryPartners partners() {
    return partners;
  }

  public InMemoryPartnerContacts contacts() {
    return contacts;
  }

  public InMemoryWorkingCommittees committees() {
    return committees;
  }

  public InMemoryMeetings meetings() {
    return meetings;
  }

  public InMemoryPresentationObligations presentations() {
    return presentations;
  }

  public InMemoryOperationalPlans plans() {
    return plans;
  }

  public InMemoryActivityLists activityLists() {
    return activityLists;
  }

  public InMemoryDocumentationTemplates templates() {
    return templates;
  }

  public InMemoryInnovationRecords innovations() {
    return innovations;
  }

  public InMemoryGrantApplications grantApplications() {
    return grantApplications;
  }

  public InMemoryGrantSchemes grantSchemes() {
    return grantSchemes;
  }

  public InMemoryDelegations delegations() {
    return delegations;
  }

  public InMemoryIdeas ideas() {
    return ideas;
  }

  public InMemoryAdvisoryCases advisoryCases() {
    return advisoryCases;
  }

  public InMemoryFundingCalls fundingCalls() {
    return fundingCalls;
  }

  public InMemoryThemeInterests themeInterests() {
    return themeInterests;
  }

  public InMemoryProjectBank projectBank() {
    return projectBank;
  }

  public InMemoryProjects projects() {
    return projects;
  }

  public InMemoryAuditLog auditLog() {
    return auditLog;
  }

  public InMemoryEventOutbox outbox() {
    return outbox;
  }

  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }
}
