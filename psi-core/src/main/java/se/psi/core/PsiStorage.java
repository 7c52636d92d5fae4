package se.psi.core;

import java.util.List;
import java.util.Map;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.port.out.UnitOfWork;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;

/**
 * Every driven port the core stores through, as one bundle: the JDBC adapter, psi-testkit's in-memory storage and an
 * integrator's own storage implement it. This interface is the one list of the storage ports (see
 * {@link #portTypes()}, which the Guice module binds from); a new port is added here and handed by {@code CoreWiring}
 * to the wiring of the feature that uses it.
 *
 * <p>Replacing one port is one line: {@code PsiCore.builder().storage(jdbc.with(myPartners))}.
 *
 * <p>It lives beside {@link PsiCore} rather than in {@code port.out} because it names the ports of every feature,
 * while the features use the shared {@code port.out}; there it would tie every feature to every other.
 */
public interface PsiStorage {

  Partners partners();

  MembershipApplications membershipApplications();

  PartnerContacts partnerContacts();

  WorkingCommittees workingCommittees();

  Meetings meetings();

  PresentationObligations presentationObligations();

  OperationalPlans operationalPlans();

  ActivityLists activityLists();

  DocumentationTemplates documentationTemplates();

  InnovationRecords innovationRecords();

  GrantApplications grantApplications();

  GrantSchemes grantSchemes();

  Delegations delegations();

  GrantFollowUps grantFollowUps();

  /** GRA-9: the authority's records system, which numbers arriving grant cases. */
  CaseRegistry caseRegistry();

  Ideas ideas();

  AdvisoryCases advisoryCases();

  FundingCalls fundingCalls();

  ThemeInterests themeInterests();

  ProjectBank projectBank();

  Projects projects();

  /** The transactions the other ports take part in: a change and its events and audit entry commit together. */
  UnitOfWork unitOfWork();

  AuditLog auditLog();

  EventOutbox eventOutbox();

  /**
   * This storage with {@code ports} in place of its own: each is placed as every port interface of this bundle it
   * implements (an adapter of operational plans and activity lists replaces both), the rest stay as they are.
   *
   * <p>A storage whose transactions must know their participants (the in-memory one) overrides this to enlist the
   * new ports; a replacement must then take part in the storage's unit of work, or the caller replaces that too.
   *
   * @throws IllegalArgumentException for an object that implements no port of the bundle, e.g. a misplaced argument
   */
  default PsiStorage with(Object... ports) {
    return ReplacedPorts.over(this, ports);
  }

  /** Each port type of the bundle with this storage's implementation of it, in a fixed order. */
  default Map<Class<?>, Object> ports() {
    return StoragePorts.of(this);
  }

  /** The port types of the bundle: the return types of its accessors, in a fixed order. */
  static List<Class<?>> portTypes() {
    return StoragePorts.TYPES;
  }
}
