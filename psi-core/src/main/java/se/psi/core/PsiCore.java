package se.psi.core;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.Function;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.IdSource;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.port.out.UnitOfWork;

/**
 * The core without Guice in sight: give it the driven ports, get the use cases.
 *
 * <pre>{@code
 * PsiCore core = PsiCore.builder()
 *     .partners(myPartners).membershipApplications(myApplications).partnerContacts(myContacts)
 *     .workingCommittees(myCommittees).unitOfWork(myTransactions).auditLog(myAudit).eventOutbox(myOutbox)
 *     .build();
 * core.useCase(DecideMembershipUseCase.class).decideMembership(command);
 * }</pre>
 */
public final class PsiCore {

  private final Function<Class<?>, Object> useCases;
  /** Use cases hold nothing but their ports and settings, so one instance of each serves every caller and thread. */
  private final Map<Class<?>, Object> wired = new ConcurrentHashMap<>();

  private PsiCore(Function<Class<?>, Object> useCases) {
    this.useCases = useCases;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The implementation of a use-case interface, e.g. {@code useCase(ApplyForMembershipUseCase.class)}: stateless and
   * thread-safe, wired once and then shared, so it may be looked up on every request.
   */
  public <T> T useCase(Class<T> useCaseType) {
    return useCaseType.cast(wired.computeIfAbsent(useCaseType, useCases));
  }

  /** How the builder hands its ports and settings to the wiring. */
  interface PortBinder {
    <T> void bind(Class<T> port, T implementation);

    <T> void replaceDefault(Class<T> type, T value);
  }

  /** Collects the driven ports (all required) and optional settings. */
  public static final class Builder {

    /** Every driven port the core needs. */
    static final List<Class<?>> REQUIRED_PORTS = List.of(MembershipApplications.class, Partners.class,
        PartnerContacts.class, WorkingCommittees.class, Meetings.class, PresentationObligations.class,
        OperationalPlans.class, ActivityLists.class, DocumentationTemplates.class, InnovationRecords.class,
        GrantApplications.class, GrantSchemes.class, Delegations.class, Ideas.class, AdvisoryCases.class,
        FundingCalls.class, ThemeInterests.class, ProjectBank.class,
        Projects.class, UnitOfWork.class, AuditLog.class, EventOutbox.class);

    private final Map<Class<?>, Object> ports = new LinkedHashMap<>();
    private final Map<Class<?>, Object> settings = new LinkedHashMap<>();

    private Builder() {}

    public Builder membershipApplications(MembershipApplications port) {
      return port(MembershipApplications.class, port);
    }

    public Builder partners(Partners port) {
      return port(Partners.class, port);
    }

    public Builder partnerContacts(PartnerContacts port) {
      return port(PartnerContacts.class, port);
    }

    public Builder workingCommittees(WorkingCommittees port) {
      return port(WorkingCommittees.class, port);
    }

    public Builder meetings(Meetings port) {
      return port(Meetings.class, port);
    }

    public Builder presentationObligations(PresentationObligations port) {
      return port(PresentationObligations.class, port);
    }

    public Builder operationalPlans(OperationalPlans port) {
      return port(OperationalPlans.class, port);
    }

    public Builder activityLists(ActivityLists port) {
      return port(ActivityLists.class, port);
    }

    public Builder documentationTemplates(DocumentationTemplates port) {
      return port(DocumentationTemplates.class, port);
    }

    public Builder innovationRecords(InnovationRecords port) {
      return port(InnovationRecords.class, port);
    }

    public Builder grantApplications(GrantApplications port) {
      return port(GrantApplications.class, port);
    }

    public Builder grantSchemes(GrantSchemes port) {
      return port(GrantSchemes.class, port);
    }

    public Builder delegations(Delegations port) {
      return port(Delegations.class, port);
    }

    public Builder ideas(Ideas port) {
      return port(Ideas.class, port);
    }

    public Builder advisoryCases(AdvisoryCases port) {
      return port(AdvisoryCases.class, port);
    }

    public Builder fundingCalls(FundingCalls port) {
      return port(FundingCalls.class, port);
    }

    public Builder themeInterests(ThemeInterests port) {
      return port(ThemeInterests.class, port);
    }

    public Builder projectBank(ProjectBank port) {
      return port(ProjectBank.class, port);
    }

    public Builder projects(Projects port) {
      return port(Projects.class, port);
    }

    public Builder unitOfWork(UnitOfWork port) {
      return port(UnitOfWork.class, port);
    }

    public Builder auditLog(AuditLog port) {
      return port(AuditLog.class, port);
    }

    public Builder eventOutbox(EventOutbox port) {
      return port(EventOutbox.class, port);
    }

    /** Default: the system clock in Europe/Stockholm. Decision dates are taken in the clock's zone. */
    public Builder clock(Clock clock) {
      return setting(Clock.class, clock);
    }

    /** Default: random UUIDs. */
    public Builder ids(IdSource ids) {
      return setting(IdSource.class, ids);
    }

    /** Default: Hibernate Validator's default validator. */
    public Builder validator(Validator validator) {
      return setting(Validator.class, validator);
    }

    /** Default: the Örebro rulesets. */
    public Builder ruleSets(RuleSetRegistry registry) {
      return setting(RuleSetRegistry.class, registry);
    }

    public PsiCore build() {
      for (Class<?> required : REQUIRED_PORTS) {
        if (!ports.containsKey(required)) {
          throw new IllegalStateException("PsiCore needs an implementation of " + required.getSimpleName());
        }
      }
      return new PsiCore(PsiCoreModule.wire(this));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void bindPorts(PortBinder binder) {
      ports.forEach((type, port) -> binder.bind((Class) type, port));
      settings.forEach((type, value) -> binder.replaceDefault((Class) type, value));
    }

    private <T> Builder port(Class<T> type, T implementation) {
      ports.put(type, Objects.requireNonNull(implementation, type.getSimpleName()));
      return this;
    }

    private <T> Builder setting(Class<T> type, T value) {
      settings.put(type, Objects.requireNonNull(value, type.getSimpleName()));
      return this;
    }
  }
}
