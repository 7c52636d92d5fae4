package se.psi.testkit.memory;

import java.util.List;
import org.junit.jupiter.api.Nested;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.contact.port.out.PartnerContacts;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.UnitOfWork;
import se.psi.testkit.contract.AuditLogContract;
import se.psi.testkit.contract.DocumentationPortsContract;
import se.psi.testkit.contract.GrantFollowUpsContract;
import se.psi.testkit.contract.GrantPortsContract;
import se.psi.testkit.contract.IdeaAndAdvisoryPortsContract;
import se.psi.testkit.contract.ProjectPortsContract;
import se.psi.testkit.contract.MeetingPortsContract;
import se.psi.testkit.contract.PlanPortsContract;
import se.psi.testkit.contract.MembershipApplicationsContract;
import se.psi.testkit.contract.PartnerContactsContract;
import se.psi.testkit.contract.PartnersContract;
import se.psi.testkit.contract.UnitOfWorkContract;
import se.psi.testkit.contract.WorkingCommitteesContract;

/** Every in-memory port passes the contract suite of its port. */
class InMemoryPortsContractTest {

  @Nested
  class Partners_ extends PartnersContract {
    @Override
    protected Partners partners() {
      return new InMemoryPartners();
    }
  }

  @Nested
  class MembershipApplications_ extends MembershipApplicationsContract {
    @Override
    protected MembershipApplications applications() {
      return new InMemoryMembershipApplications();
    }
  }

  @Nested
  class PartnerContacts_ extends PartnerContactsContract {
    @Override
    protected PartnerContacts contacts() {
      return new InMemoryPartnerContacts();
    }
  }

  @Nested
  class WorkingCommittees_ extends WorkingCommitteesContract {
    @Override
    protected WorkingCommittees committees() {
      return new InMemoryWorkingCommittees();
    }
  }

  @Nested
  class AuditLog_ extends AuditLogContract {
    @Override
    protected AuditLog auditLog() {
      return new InMemoryAuditLog();
    }
  }

  @Nested
  class UnitOfWork_ extends UnitOfWorkContract {
    private final InMemoryPartners partners = new InMemoryPartners();

    @Override
    protected UnitOfWork unitOfWork() {
      return new InMemoryUnitOfWork(List.of(partners));
    }

    @Override
    protected Partners partners() {
      return partners;
    }
  }

  @Nested
  class Meetings_ extends MeetingPortsContract {
    @Override
    protected se.psi.core.meeting.port.out.Meetings meetings() {
      return new InMemoryMeetings();
    }

    @Override
    protected se.psi.core.meeting.port.out.PresentationObligations presentations() {
      return new InMemoryPresentationObligations();
    }
  }

  @Nested
  class Plans_ extends PlanPortsContract {
    @Override
    protected se.psi.core.plan.port.out.OperationalPlans plans() {
      return new InMemoryOperationalPlans();
    }

    @Override
    protected se.psi.core.plan.port.out.ActivityLists activityLists() {
      return new InMemoryActivityLists();
    }
  }

  @Nested
  class Documentation_ extends DocumentationPortsContract {
    @Override
    protected se.psi.core.documentation.port.out.DocumentationTemplates templates() {
      return new InMemoryDocumentationTemplates();
    }

    @Override
    protected se.psi.core.documentation.port.out.InnovationRecords records() {
      return new InMemoryInnovationRecords();
    }
  }

  @Nested
  class CaseRegistry_ extends se.psi.testkit.contract.CaseRegistryContract {
    private InMemoryStorage storage;

    @Override
    protected Server server() {
      storage = new InMemoryStorage();
      return new Server(storage.caseRegistry(), storage.unitOfWork());
    }

    @Override
    protected Server anotherServerOverTheSameStore() {
      return new Server(storage.caseRegistry(), storage.unitOfWork());
    }
  }

  @Nested
  class Grants_ extends GrantPortsContract {
    @Override
    protected se.psi.core.grant.port.out.GrantApplications applications() {
      return new InMemoryGrantApplications();
    }

    @Override
    protected se.psi.core.grant.port.out.GrantSchemes schemes() {
      return new InMemoryGrantSchemes();
    }

    @Override
    protected se.psi.core.grant.port.out.Delegations delegations() {
      return new InMemoryDelegations();
    }
  }

  @Nested
  class GrantFollowUps_ extends GrantFollowUpsContract {
    @Override
    protected se.psi.core.followup.port.out.GrantFollowUps followUps() {
      return new InMemoryGrantFollowUps();
    }

    @Override
    protected se.psi.core.grant.port.out.GrantSchemes schemes() {
      return new InMemoryGrantSchemes();
    }
  }

  @Nested
  class IdeasAndAdvisory_ extends IdeaAndAdvisoryPortsContract {
    @Override
    protected se.psi.core.idea.port.out.Ideas ideas() {
      return new InMemoryIdeas();
    }

    @Override
    protected se.psi.core.advisory.port.out.AdvisoryCases advisoryCases() {
      return new InMemoryAdvisoryCases();
    }
  }

  @Nested
  class Projects_ extends ProjectPortsContract {
    private final InMemoryFundingCalls calls = new InMemoryFundingCalls();
    private final InMemoryThemeInterests interests = new InMemoryThemeInterests();
    private final InMemoryProjectBank bank = new InMemoryProjectBank();
    private final InMemoryProjects projects = new InMemoryProjects();

    @Override
    protected se.psi.core.project.port.out.FundingCalls calls() {
      return calls;
    }

    @Override
    protected se.psi.core.project.port.out.ThemeInterests interests() {
      return interests;
    }

    @Override
    protected se.psi.core.project.port.out.ProjectBank bank() {
      return bank;
    }

    @Override
    protected se.psi.core.project.port.out.Projects projects() {
      return projects;
    }
  }

  @Nested
  class ProcessedEvents_ extends se.psi.testkit.contract.ProcessedEventsContract {
    @Override
    protected se.psi.core.outbox.ProcessedEvents processed() {
      return new InMemoryProcessedEvents();
    }
  }

  @Nested
  class EventOutbox_ extends se.psi.testkit.contract.EventOutboxContract {
    @Override
    protected Outbox outbox() {
      InMemoryEventOutbox outbox = new InMemoryEventOutbox();
      return new Outbox(new InMemoryUnitOfWork(java.util.List.of(outbox)), outbox, outbox);
    }
  }

  @Nested
  class RelayLease_ extends se.psi.testkit.contract.RelayLeaseContract {
    @Override
    protected java.util.List<se.psi.core.outbox.RelayLease> leaseAsSeenBy(int hosts) {
      // One process: every relay of it shares the one lease.
      return java.util.Collections.nCopies(hosts, new InMemoryRelayLease());
    }
  }
}
