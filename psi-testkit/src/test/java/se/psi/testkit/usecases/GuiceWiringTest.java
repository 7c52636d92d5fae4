package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCoreModule;
import se.psi.core.PsiStorage;
import se.psi.core.application.EventPolicy;
import se.psi.core.membership.domain.MembershipApplicationEvent;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationKind;
import se.psi.testkit.memory.InMemoryStorage;
import se.psi.testkit.time.TestClock;

/** The core as a Guice host wires it: PsiCoreModule plus the host's storage bundle and clock. */
class GuiceWiringTest {

  /**
   * What a municipality's host module looks like: its storage bound as the bundle of ports, and its own clock. The
   * clock stands in 2019 on purpose, whatever day the build runs: a decision under the 2016 agreement's ruleset tells
   * the host's clock from the library's default one.
   */
  static final class HostModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(PsiStorage.class).toInstance(new InMemoryStorage());
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

  @Test
  void an_event_policy_a_host_adds_with_a_multibinder_hears_the_core_s_events() {
    List<DomainEvent> heard = new ArrayList<>();
    Injector injector = Guice.createInjector(new PsiCoreModule(), new HostModule(),
        binder -> Multibinder.newSetBinder(binder, EventPolicy.class).addBinding().toInstance(event -> {
          heard.add(event);
          return List.of();
        }));

    injector.getInstance(ApplyForMembershipUseCase.class).applyForMembership(PsiWorld.aCompleteApplication(
        PsiWorld.anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi"), LocalDate.of(2019, 5, 1))).get();

    assertThat(heard).hasAtLeastOneElementOfType(MembershipApplicationEvent.class);
  }
}
