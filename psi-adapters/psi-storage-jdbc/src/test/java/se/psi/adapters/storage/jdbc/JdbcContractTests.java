package se.psi.adapters.storage.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
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

/** Every psi-testkit port contract against JDBC, each test on a database (or schema) of its own. */
abstract class JdbcContractTests {

  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void dropDatabases() throws SQLException {
    databases.close();
  }

  /** The database the contracts run against. */
  abstract TestDatabases.Kind kind();

  private JdbcStorage storage() {
    return databases.fresh(kind());
  }

  @Nested
  class Partners_ extends PartnersContract {
    @Override
    protected Partners partners() {
      return storage().partners();
    }
  }

  @Nested
  class MembershipApplications_ extends MembershipApplicationsContract {
    @Override
    protected MembershipApplications applications() {
      return storage().membershipApplications();
    }
  }

  @Nested
  class PartnerContacts_ extends PartnerContactsContract {
    @Override
    protected PartnerContacts contacts() {
      return storage().partnerContacts();
    }
  }

  @Nested
  class WorkingCommittees_ extends WorkingCommitteesContract {
    @Override
    protected WorkingCommittees committees() {
      return storage().workingCommittees();
    }
  }

  @Nested
  class AuditLog_ extends AuditLogContract {
    @Override
    protected AuditLog auditLog() {
      return storage().auditLog();
    }
  }

  @Nested
  class UnitOfWork_ extends UnitOfWorkContract {
    private JdbcStorage storage;

    @Override
    protected UnitOfWork unitOfWork() {
      return shared().unitOfWork();
    }

    @Override
    protected Partners partners() {
      return shared().partners();
    }

    private JdbcStorage shared() {
      if (storage == null) {
        storage = storage();
      }
      return storage;
    }
  }

  @Nested
  class Meetings_ extends MeetingPortsContract {
    private JdbcStorage storage;

    @Override
    protected se.psi.core.meeting.port.out.Meetings meetings() {
      return shared().meetings();
    }

    @Override
    protected se.psi.core.meeting.port.out.PresentationObligations presentations() {
      return shared().presentationObligations();
    }

    private JdbcStorage shared() {
      storage = storage == null ? storage() : storage;
      return storage;
    }
  }

  @Nested
  class Plans_ extends PlanPortsContract {
    @Override
    protected se.psi.core.plan.port.out.OperationalPlans plans() {
      return storage().operationalPlans();
    }

    @Override
    protected se.psi.core.plan.port.out.ActivityLists activityLists() {
      return storage().activityLists();
    }
  }

  @Nested
  class Documentation_ extends DocumentationPortsContract {
    @Override
    protected se.psi.core.documentation.port.out.DocumentationTemplates templates() {
      return storage().documentationTemplates();
    }

    @Override
    protected se.psi.core.documentation.port.out.InnovationRecords records() {
      return storage().innovationRecords();
    }
  }

  @Nested
  class Grants_ extends GrantPortsContract {
    private JdbcStorage storage;

    @Override
    protected se.psi.core.grant.port.out.GrantApplications applications() {
      return shared().grants();
    }

    @Override
    protected se.psi.core.grant.port.out.GrantSchemes schemes() {
      return shared().grants();
    }

    @Override
    protected se.psi.core.grant.port.out.Delegations delegations() {
      return shared().delegations();
    }

    private JdbcStorage shared() {
      storage = storage == null ? storage() : storage;
      return storage;
    }
  }

  @Nested
  class GrantFollowUps_ extends GrantFollowUpsContract {
    private JdbcStorage storage;

    @Override
    protected se.psi.core.followup.port.out.GrantFollowUps followUps() {
      return shared().grantFollowUps();
    }

    @Override
    protected se.psi.core.grant.port.out.GrantSchemes schemes() {
      return shared().grants();
    }

    private JdbcStorage shared() {
      storage = storage == null ? storage() : storage;
      return storage;
    }
  }

  @Nested
  class CaseRegistry_ extends se.psi.testkit.contract.CaseRegistryContract {
    private JdbcStorage storage;

    @Override
    protected Server server() {
      storage = storage();
      return new Server(storage.caseRegistry(), storage.unitOfWork());
    }

    @Override
    protected Server anotherServerOverTheSameStore() {
      JdbcStorage second = databases.besides(storage);
      return new Server(second.caseRegistry(), second.unitOfWork());
    }
  }

  @Nested
  class IdeasAndAdvisory_ extends IdeaAndAdvisoryPortsContract {
    @Override
    protected se.psi.core.idea.port.out.Ideas ideas() {
      return storage().ideas();
    }

    @Override
    protected se.psi.core.advisory.port.out.AdvisoryCases advisoryCases() {
      return storage().advisoryCases();
    }
  }

  @Nested
  class Projects_ extends ProjectPortsContract {
    private JdbcStorage storage;

    @Override
    protected se.psi.core.project.port.out.FundingCalls calls() {
      return shared().fundingCalls();
    }

    @Override
    protected se.psi.core.project.port.out.ThemeInterests interests() {
      return shared().themeInterests();
    }

    @Override
    protected se.psi.core.project.port.out.ProjectBank bank() {
      return shared().projectBank();
    }

    @Override
    protected se.psi.core.project.port.out.Projects projects() {
      return shared().projects();
    }

    private JdbcStorage shared() {
      storage = storage == null ? storage() : storage;
      return storage;
    }
  }

  @Nested
  class ProcessedEvents_ extends se.psi.testkit.contract.ProcessedEventsContract {
    @Override
    protected se.psi.core.outbox.ProcessedEvents processed() {
      return storage().processedEvents();
    }
  }

  @Nested
  class EventOutbox_ extends se.psi.testkit.contract.EventOutboxContract {
    @Override
    protected Outbox outbox() {
      JdbcStorage storage = storage();
      return new Outbox(storage.unitOfWork(), storage.outbox(), storage.outbox());
    }
  }

  @Nested
  class RelayLease_ extends se.psi.testkit.contract.RelayLeaseContract {
    @Override
    protected java.util.List<se.psi.core.outbox.RelayLease> leaseAsSeenBy(int hosts) {
      // Each host has an adapter of its own over the one database, as separate processes would.
      JdbcStorage storage = storage();
      return java.util.stream.IntStream.range(0, hosts)
          .<se.psi.core.outbox.RelayLease>mapToObj(host -> new JdbcRelayLeaseAdapter(storage.unitOfWork())).toList();
    }
  }
}
