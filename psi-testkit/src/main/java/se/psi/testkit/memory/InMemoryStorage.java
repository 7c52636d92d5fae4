package se.psi.testkit.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.psi.core.PsiStorage;
import se.psi.core.port.out.UnitOfWork;

/**
 * Every driven port in memory, in one serializable unit of work: the storage of tests, examples and prototypes. The
 * accessors give the in-memory types, so a test can look at what a use case stored, published and audited.
 *
 * <pre>{@code
 * PsiStorage storage = new InMemoryStorage().with(myPartners);  // my partners take part in the transactions
 * PsiCore core = PsiCore.builder().storage(storage).clock(clock).ids(ids).build();
 * }</pre>
 */
public final class InMemoryStorage implements PsiStorage {

  private final InMemoryPartners partners = new InMemoryPartners();
  private final InMemoryMembershipApplications applications = new InMemoryMembershipApplications();
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
  private final InMemoryGrantFollowUps grantFollowUps = new InMemoryGrantFollowUps();
  private final InMemoryCaseRegistry caseRegistry = new InMemoryCaseRegistry();
  private final InMemoryIdeas ideas = new InMemoryIdeas();
  private final InMemoryAdvisoryCases advisoryCases = new InMemoryAdvisoryCases();
  private final InMemoryFundingCalls fundingCalls = new InMemoryFundingCalls();
  private final InMemoryThemeInterests themeInterests = new InMemoryThemeInterests();
  private final InMemoryProjectBank projectBank = new InMemoryProjectBank();
  private final InMemoryProjects projects = new InMemoryProjects();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(() -> participants(this));

  /**
   * This storage with {@code ports} in place of its own, and a unit of work over every store then in place, so a
   * replacement that is {@link Transactional} commits and rolls back with the rest. A replacement that is not
   * takes part in no transaction: replace the unit of work as well then.
   */
  @Override
  public PsiStorage with(Object... ports) {
    PsiStorage replaced = PsiStorage.super.with(ports);
    boolean ownUnitOfWork = List.of(ports).stream().anyMatch(UnitOfWork.class::isInstance);
    if (ownUnitOfWork) {
      return replaced;
    }
    List<Object> withTransactions = new ArrayList<>(List.of(ports));
    withTransactions.add(new InMemoryUnitOfWork(participants(replaced)));
    return PsiStorage.super.with(withTransactions.toArray());
  }

  /** The stores of {@code storage} that can take part in an in-memory transaction, each once. */
  private static List<Transactional> participants(PsiStorage storage) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Transactional> participants = new ArrayList<>();
    for (Map.Entry<Class<?>, Object> port : storage.ports().entrySet()) {
      if (port.getValue() instanceof Transactional store && seen.add(store)) {
        participants.add(store);
      }
    }
    return participants;
  }

  @Override
  public InMemoryPartners partners() {
    return partners;
  }

  @Override
  public InMemoryMembershipApplications membershipApplications() {
    return applications;
  }

  @Override
  public InMemoryPartnerContacts partnerContacts() {
    return contacts;
  }

  @Override
  public InMemoryWorkingCommittees workingCommittees() {
    return committees;
  }

  @Override
  public InMemoryMeetings meetings() {
    return meetings;
  }

  @Override
  public InMemoryPresentationObligations presentationObligations() {
    return presentations;
  }

  @Override
  public InMemoryOperationalPlans operationalPlans() {
    return plans;
  }

  @Override
  public InMemoryActivityLists activityLists() {
    return activityLists;
  }

  @Override
  public InMemoryDocumentationTemplates documentationTemplates() {
    return templates;
  }

  @Override
  public InMemoryInnovationRecords innovationRecords() {
    return innovations;
  }

  @Override
  public InMemoryGrantApplications grantApplications() {
    return grantApplications;
  }

  @Override
  public InMemoryGrantSchemes grantSchemes() {
    return grantSchemes;
  }

  @Override
  public InMemoryDelegations delegations() {
    return delegations;
  }

  @Override
  public InMemoryGrantFollowUps grantFollowUps() {
    return grantFollowUps;
  }

  @Override
  public InMemoryCaseRegistry caseRegistry() {
    return caseRegistry;
  }

  @Override
  public InMemoryIdeas ideas() {
    return ideas;
  }

  @Override
  public InMemoryAdvisoryCases advisoryCases() {
    return advisoryCases;
  }

  @Override
  public InMemoryFundingCalls fundingCalls() {
    return fundingCalls;
  }

  @Override
  public InMemoryThemeInterests themeInterests() {
    return themeInterests;
  }

  @Override
  public InMemoryProjectBank projectBank() {
    return projectBank;
  }

  @Override
  public InMemoryProjects projects() {
    return projects;
  }

  @Override
  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public InMemoryAuditLog auditLog() {
    return auditLog;
  }

  @Override
  public InMemoryEventOutbox eventOutbox() {
    return outbox;
  }
}
