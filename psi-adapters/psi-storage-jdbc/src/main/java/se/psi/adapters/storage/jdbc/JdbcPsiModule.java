package se.psi.adapters.storage.jdbc;

import com.google.inject.AbstractModule;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.meeting.port.out.Meetings;
import se.psi.core.meeting.port.out.PresentationObligations;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.RelayLease;
import se.psi.core.port.out.UnitOfWork;

/** Guice: binds every driven port of psi-core (and the outbox reader) to a {@link JdbcStorage}. */
public final class JdbcPsiModule extends AbstractModule {

  private final JdbcStorage storage;

  public JdbcPsiModule(JdbcStorage storage) {
    this.storage = storage;
  }

  @Override
  protected void configure() {
    bind(JdbcStorage.class).toInstance(storage);
    bind(UnitOfWork.class).toInstance(storage.unitOfWork());
    bind(Partners.class).toInstance(storage.partners());
    bind(MembershipApplications.class).toInstance(storage.applications());
    bind(PartnerContacts.class).toInstance(storage.contacts());
    bind(WorkingCommittees.class).toInstance(storage.committees());
    bind(Meetings.class).toInstance(storage.meetings());
    bind(PresentationObligations.class).toInstance(storage.presentations());
    bind(OperationalPlans.class).toInstance(storage.plans());
    bind(ActivityLists.class).toInstance(storage.plans());
    bind(DocumentationTemplates.class).toInstance(storage.documentation());
    bind(InnovationRecords.class).toInstance(storage.documentation());
    bind(GrantApplications.class).toInstance(storage.grants());
    bind(GrantSchemes.class).toInstance(storage.grants());
    bind(Delegations.class).toInstance(storage.delegations());
    bind(Ideas.class).toInstance(storage.ideas());
    bind(AdvisoryCases.class).toInstance(storage.advisoryCases());
    bind(FundingCalls.class).toInstance(storage.calls());
    bind(ThemeInterests.class).toInstance(storage.interests());
    bind(ProjectBank.class).toInstance(storage.projectBank());
    bind(Projects.class).toInstance(storage.projects());
    bind(AuditLog.class).toInstance(storage.auditLog());
    bind(EventOutbox.class).toInstance(storage.outbox());
    bind(OutboxReader.class).toInstance(storage.outbox());
    bind(RelayLease.class).toInstance(storage.relayLease());
  }
}
