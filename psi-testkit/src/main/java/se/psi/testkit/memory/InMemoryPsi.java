package se.psi.testkit.memory;

import java.time.Clock;
import se.psi.core.PsiCore;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;

/**
 * The core wired onto an {@link InMemoryStorage}, for tests, examples and prototypes. The ports are public, under short
 * names ({@link #storage()} gives them under the bundle's), so a test can look at what a use case stored, published
 * and audited.
 *
 * <pre>{@code
 * InMemoryPsi psi = InMemoryPsi.create(TestClock.at("2022-03-01"), new SequentialIds());
 * psi.core().useCase(ApplyForMembershipUseCase.class).applyForMembership(command);
 * psi.outbox().events(PartnerEvent.PartnerAdmitted.class);
 * }</pre>
 */
public final class InMemoryPsi {

  private final InMemoryStorage storage = new InMemoryStorage();
  private final PsiCore core;

  private InMemoryPsi(Clock clock, IdSource ids, RuleSetRegistry ruleSets) {
    this.core = PsiCore.builder().storage(storage).clock(clock).ids(ids).ruleSets(ruleSets).build();
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

  /** Every port the core was built with, under the names of {@code PsiStorage}. */
  public InMemoryStorage storage() {
    return storage;
  }

  public <T> T useCase(Class<T> type) {
    return core.useCase(type);
  }

  public InMemoryMembershipApplications applications() {
    return storage.membershipApplications();
  }

  public InMemoryPartners partners() {
    return storage.partners();
  }

  public InMemoryPartnerContacts contacts() {
    return storage.partnerContacts();
  }

  public InMemoryWorkingCommittees committees() {
    return storage.workingCommittees();
  }

  public InMemoryMeetings meetings() {
    return storage.meetings();
  }

  public InMemoryPresentationObligations presentations() {
    return storage.presentationObligations();
  }

  public InMemoryOperationalPlans plans() {
    return storage.operationalPlans();
  }

  public InMemoryActivityLists activityLists() {
    return storage.activityLists();
  }

  public InMemoryDocumentationTemplates templates() {
    return storage.documentationTemplates();
  }

  public InMemoryInnovationRecords innovations() {
    return storage.innovationRecords();
  }

  public InMemoryGrantApplications grantApplications() {
    return storage.grantApplications();
  }

  public InMemoryGrantSchemes grantSchemes() {
    return storage.grantSchemes();
  }

  public InMemoryDelegations delegations() {
    return storage.delegations();
  }

  public InMemoryGrantFollowUps grantFollowUps() {
    return storage.grantFollowUps();
  }

  public InMemoryIdeas ideas() {
    return storage.ideas();
  }

  public InMemoryAdvisoryCases advisoryCases() {
    return storage.advisoryCases();
  }

  public InMemoryFundingCalls fundingCalls() {
    return storage.fundingCalls();
  }

  public InMemoryThemeInterests themeInterests() {
    return storage.themeInterests();
  }

  public InMemoryProjectBank projectBank() {
    return storage.projectBank();
  }

  public InMemoryProjects projects() {
    return storage.projects();
  }

  public InMemoryAuditLog auditLog() {
    return storage.auditLog();
  }

  public InMemoryEventOutbox outbox() {
    return storage.eventOutbox();
  }

  public InMemoryUnitOfWork unitOfWork() {
    return storage.unitOfWork();
  }
}
