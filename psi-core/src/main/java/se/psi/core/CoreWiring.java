package se.psi.core;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.psi.core.advisory.application.AdvisoryWiring;
import se.psi.core.application.EventPolicy;
import se.psi.core.application.Kernel;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.committee.application.CommitteeWiring;
import se.psi.core.contact.application.ContactWiring;
import se.psi.core.documentation.application.DocumentationWiring;
import se.psi.core.followup.application.FollowUpWiring;
import se.psi.core.grant.application.GrantWiring;
import se.psi.core.idea.application.IdeaWiring;
import se.psi.core.meeting.application.MeetingWiring;
import se.psi.core.membership.application.MembershipWiring;
import se.psi.core.plan.application.PlanWiring;
import se.psi.core.project.application.ProjectWiring;
import se.psi.core.rulesets.application.RuleSetsWiring;

/**
 * The one composition of the core, in plain Java: the kernel over the storage's shared ports, then each feature's
 * wiring over the kernel and the storage's ports for it. {@link PsiCore.Builder} runs it; so does
 * {@link PsiCoreModule}, through the builder, for Guice hosts.
 */
final class CoreWiring {

  /** Every use case the core hands out: what the features' wirings declare they register. */
  static final Set<Class<?>> USE_CASES = Set.copyOf(Stream.of(MembershipWiring.USE_CASES, ContactWiring.USE_CASES,
      CommitteeWiring.USE_CASES, MeetingWiring.USE_CASES, PlanWiring.USE_CASES, DocumentationWiring.USE_CASES,
      GrantWiring.USE_CASES, IdeaWiring.USE_CASES, AdvisoryWiring.USE_CASES, ProjectWiring.USE_CASES,
      RuleSetsWiring.USE_CASES, FollowUpWiring.USE_CASES).flatMap(List::stream).toList());

  private CoreWiring() {}

  /**
   * Each use-case interface with its implementation, over {@code storage} on the given day.
   *
   * @param hostPolicies the host's own reactions to events, run beside the features'
   */
  static Map<Class<?>, Object> useCases(PsiStorage storage, Today today, Validator validator,
      List<EventPolicy> hostPolicies) {
    List<EventPolicy> policies = new ArrayList<>(CommitteeWiring.policies(today, storage.workingCommittees(),
        storage.unitOfWork()));
    policies.addAll(hostPolicies);
    Kernel kernel = Kernel.of(today, validator, storage.unitOfWork(), storage.auditLog(), storage.eventOutbox(),
        policies);
    UseCaseRegistry useCases = new UseCaseRegistry();
    MembershipWiring.register(useCases, kernel, storage.membershipApplications(), storage.partners(),
        storage.partnerContacts());
    ContactWiring.register(useCases, kernel, storage.partnerContacts(),
        MembershipWiring.partnerActivity(storage.partners()));
    CommitteeWiring.register(useCases, kernel, storage.workingCommittees(), storage.partners());
    MeetingWiring.register(useCases, kernel, storage.meetings(), storage.presentationObligations(),
        storage.ideas());
    PlanWiring.register(useCases, kernel, storage.operationalPlans(), storage.activityLists(), storage.meetings(),
        storage.membershipApplications());
    DocumentationWiring.register(useCases, kernel, storage.documentationTemplates(), storage.innovationRecords());
    GrantWiring.register(useCases, kernel, storage.grantApplications(), storage.grantSchemes(),
        storage.delegations(), storage.presentationObligations(), storage.partners(), storage.workingCommittees(),
        storage.caseRegistry());
    IdeaWiring.register(useCases, kernel, storage.ideas());
    AdvisoryWiring.register(useCases, kernel, storage.advisoryCases(), storage.ideas());
    ProjectWiring.register(useCases, kernel, storage.fundingCalls(), storage.themeInterests(),
        storage.projectBank(), storage.projects(), storage.partners(), storage.ideas(), storage.advisoryCases());
    RuleSetsWiring.register(useCases, kernel);
    FollowUpWiring.register(useCases, kernel, storage.grantFollowUps(), storage.grantApplications(),
        storage.grantSchemes(), storage.presentationObligations());
    return complete(useCases.asMap());
  }

  /** The registered use cases, if they are exactly those declared: a Guice host binds the declared ones. */
  private static Map<Class<?>, Object> complete(Map<Class<?>, Object> registered) {
    Set<String> undeclared = names(registered.keySet(), USE_CASES);
    Set<String> unregistered = names(USE_CASES, registered.keySet());
    if (!undeclared.isEmpty() || !unregistered.isEmpty()) {
      throw new IllegalStateException("Each feature's wiring lists in USE_CASES what it registers; registered but"
          + " not listed: " + undeclared + ", listed but not registered: " + unregistered);
    }
    return registered;
  }

  private static Set<String> names(Set<Class<?>> these, Set<Class<?>> butNotThose) {
    return these.stream().filter(type -> !butNotThose.contains(type)).map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
