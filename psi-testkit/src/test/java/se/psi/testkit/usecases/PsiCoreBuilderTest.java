package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.usecases.PsiWorld.aCompleteApplication;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.PsiStorage;
import se.psi.core.application.Today;
import se.psi.core.grant.application.GrantWiring;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationKind;
import se.psi.testkit.memory.InMemoryPartners;
import se.psi.testkit.memory.InMemoryStorage;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/** The plain-Java entry point: a storage bundle with one port replaced in one line, and only use cases handed out. */
class PsiCoreBuilderTest {

  private static final String TODAY = "2022-03-01";

  private final InMemoryStorage storage = new InMemoryStorage();
  private final InMemoryPartners myPartners = new InMemoryPartners();

  @Test
  void a_port_replaced_in_one_line_is_the_one_the_use_cases_store_in() {
    PsiCore core = core(storage.with(myPartners));

    admitAnAssociation(core);

    assertThat(myPartners.list(PartnerFilter.all(0, 10)).total()).isOne();
    assertThat(storage.partners().list(PartnerFilter.all(0, 10)).total()).isZero();
  }

  @Test
  void a_replaced_port_takes_part_in_the_in_memory_transaction_and_is_rolled_back_with_it() {
    EventOutbox failingOnAdmission = event -> {
      if (event instanceof PartnerEvent.PartnerAdmitted) {
        throw new IllegalStateException("outbox unavailable");
      }
      storage.eventOutbox().append(event);
    };
    PsiCore core = core(storage.with(myPartners).with(failingOnAdmission));

    assertThatThrownBy(() -> admitAnAssociation(core)).hasMessage("outbox unavailable");

    assertThat(myPartners.list(PartnerFilter.all(0, 10)).total()).isZero();
  }

  @Test
  void the_later_of_two_replacements_of_a_port_wins() {
    InMemoryPartners later = new InMemoryPartners();

    PsiStorage replaced = storage.with(myPartners).with(later);

    assertThat(replaced.partners()).isSameAs(later);
    assertThat(replaced.ports()).containsEntry(Partners.class, later);
    assertThat(replaced.meetings()).isSameAs(storage.meetings());
  }

  @Test
  void an_object_that_implements_no_storage_port_is_refused_by_name() {
    assertThatThrownBy(() -> storage.with("my partners")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String implements none of the storage ports")
        .hasMessageContaining("Partners");
  }

  @Test
  void the_bundle_lists_every_driven_port_once_and_the_in_memory_storage_gives_each() {
    assertThat(PsiStorage.portTypes()).hasSize(24).doesNotHaveDuplicates()
        .allSatisfy(port -> assertThat(port.getPackageName()).endsWith(".port.out"));
    assertThat(storage.ports()).containsOnlyKeys(PsiStorage.portTypes()).doesNotContainValue(null);
  }

  @Test
  void only_use_case_interfaces_of_a_port_in_package_are_handed_out() {
    PsiCore core = core(storage);

    assertThat(core.useCase(DecideMembershipUseCase.class)).isNotNull();
    assertThatThrownBy(() -> core.useCase(Today.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("se.psi.core.application.Today is not a use case");
    assertThatThrownBy(() -> core.useCase(Partners.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a use case");
  }

  @Test
  void a_host_s_event_policy_hears_each_event_of_a_change_inside_its_transaction() {
    List<DomainEvent> heard = new ArrayList<>();
    PsiCore core = PsiCore.builder().storage(storage).clock(TestClock.at(TODAY)).ids(new SequentialIds())
        .eventPolicy(event -> {
          heard.add(event);
          return List.of();
        }).build();

    admitAnAssociation(core);

    assertThat(heard).hasAtLeastOneElementOfType(PartnerEvent.PartnerAdmitted.class)
        .containsExactlyElementsOf(storage.eventOutbox().events());
  }

  @Test
  void every_grant_use_case_is_handed_out_each_by_a_service_of_its_own() {
    PsiCore core = core(storage);

    assertThat(GrantWiring.USE_CASES.stream().map(core::useCase).map(Object::getClass).distinct())
        .hasSize(GrantWiring.USE_CASES.size()).hasSizeGreaterThan(15);
  }

  @Test
  void a_core_without_storage_clock_or_ids_is_refused_when_built() {
    assertThatThrownBy(() -> PsiCore.builder().clock(TestClock.at(TODAY)).ids(new SequentialIds()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a storage");
    assertThatThrownBy(() -> PsiCore.builder().storage(storage).ids(new SequentialIds()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs its Clock");
    assertThatThrownBy(() -> PsiCore.builder().storage(storage).clock(TestClock.at(TODAY)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs its IdSource");
  }

  private static PsiCore core(PsiStorage storage) {
    return PsiCore.builder().storage(storage).clock(TestClock.at(TODAY)).ids(new SequentialIds()).build();
  }

  private static void admitAnAssociation(PsiCore core) {
    var applied = core.useCase(ApplyForMembershipUseCase.class).applyForMembership(aCompleteApplication(
        anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi"), LocalDate.parse(TODAY).minusMonths(1))).get();
    core.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(committeeMember(), applied.id().value(), null)).get();
  }
}
