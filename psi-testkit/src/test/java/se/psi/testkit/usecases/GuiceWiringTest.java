package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCoreModule;
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
import se.psi.core.shared.IdSource;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.port.out.UnitOfWork;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.TestClock;

/** The core as a Guice host wires it: PsiCoreModule plus the host's own port bindings and clock. */
class GuiceWiringTest {

  /**
   * What a municipality's host module looks like: every driven port bound to the host's implementation. Its clock
   * stands in 2019 on purpose, whatever day the build runs: a decision under the 2016 agreement's ruleset tells the
   * host's clock from the library's default one.
   */
  static final class HostModule extends AbstractModule {
    private final InMemoryPsi ports = InMemoryPsi.create(TestClock.at("2019-06-01"), IdSource.random());

    @Override
    protected void configure() {
      bind(MembershipApplications.class).toInstance(ports.applications());
      bind(Partners.class).toInstance(ports.partners());
      bind(PartnerContacts.class).toInstance(ports.contacts());
      bind(WorkingCommittees.class).toInstance(ports.committees());
      bind(Meetings.class).toInstance(ports.meetings());
      bind(PresentationObligations.class).toInstance(ports.presentations());
      bind(OperationalPlans.class).toInstance(ports.plans());
      bind(ActivityLists.class).toInstance(ports.activityLists());
      bind(DocumentationTemplates.class).toInstance(ports.templates());
      bind(InnovationRecords.class).toInstance(ports.innovations());
      bind(GrantApplications.class).toInstance(ports.grantApplications());
      bind(GrantSchemes.class).toInstance(ports.grantSchemes());
      bind(Delegations.class).toInstance(ports.delegations());
      bind(Ideas.class).toInstance(ports.ideas());
      bind(AdvisoryCases.class).toInstance(ports.advisoryCases());
      bind(FundingCalls.class).toInstance(ports.fundingCalls());
      bind(ThemeInterests.class).toInstance(ports.themeInterests());
      bind(ProjectBank.class).toInstance(ports.projectBank());
      bind(Projects.class).toInstance(ports.projects());
      bind(AuditLog.class).toInstance(ports.auditLog());
      bind(EventOutbox.class).toInstance(ports.outbox());
      bind(UnitOfWork.class).toInstance(ports.unitOfWork());
      OptionalBinder.newOptionalBinder(binder(), Clock.class).setBinding().toInstance(TestClock.at("2019-06-01"));
    }
  }

  @Test
  void a_host_module_with_its_own_ports_and_clock_gets_working_use_cases() {
    Injector injector = Guice.createInjector(new PsiCoreModule(), new HostModule());
    var applied = injector.getInstance(ApplyForMembershipUseCase.class).applyForMembership(
        PsiWorld.aCompleteApplication(PsiWorld.anOrganisation(OrganisationKind.COMPANY, "Omsorg AB"),
            LocalDate.of(2019, 5, 1))).get();

    var decided = injector.getInstance(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(PsiWorld.committeeMember(), applied.id().value(), null)).get();

    // The host's clock (2019) was used: companies were not yet invited (MEM-1 under orebro-2019).
    assertThat(decided.latestDecision().get().outcome()).isEqualTo(MembershipOutcome.REFUSED);
    assertThat(decided.latestDecision().get().rulesetVersion()).isEqualTo("orebro-2019");
  }
}
