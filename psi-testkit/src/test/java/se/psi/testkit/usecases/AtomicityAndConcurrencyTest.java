package se.psi.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.usecases.PsiWorld.aCompleteApplication;
import static se.psi.testkit.usecases.PsiWorld.anOrganisation;
import static se.psi.testkit.usecases.PsiWorld.committeeMember;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.PartnerEvent;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.rules.Rejection;
import se.psi.testkit.contract.Concurrently;
import se.psi.testkit.memory.InMemoryStorage;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

@OnEachDate
class AtomicityAndConcurrencyTest {

  private final String today;

  AtomicityAndConcurrencyTest(String today) {
    this.today = today;
  }

  @Test
  void a_failure_after_the_decision_was_staged_leaves_nothing_half_written() {
    var storage = new InMemoryStorage();
    var applications = storage.membershipApplications();
    var partners = storage.partners();
    var contacts = storage.partnerContacts();
    var audit = storage.auditLog();
    var outbox = storage.eventOutbox();
    EventOutbox failingOnAdmission = event -> {
      if (event instanceof PartnerEvent.PartnerAdmitted) {
        throw new IllegalStateException("outbox unavailable");
      }
      outbox.append(event);
    };
    // The storage's own unit of work stays: it covers the in-memory outbox the failing one writes to.
    PsiCore core = PsiCore.builder().storage(storage.with(failingOnAdmission, storage.unitOfWork()))
        .clock(TestClock.at(today)).ids(new SequentialIds()).build();
    var applied = core.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi"),
            LocalDate.parse(today).minusMonths(1))).get();
    List<DomainEvent> before = outbox.events();

    assertThatThrownBy(() -> core.useCase(DecideMembershipUseCase.class)
        .decideMembership(new DecideMembershipCommand(committeeMember(), applied.id().value(), null)))
        .hasMessage("outbox unavailable");

    assertThat(applications.find(applied.id()).get().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    assertThat(partners.list(se.psi.core.membership.port.out.PartnerFilter.all(0, 10)).total()).isZero();
    assertThat(contacts.withOpenVacancy()).isEmpty();
    assertThat(outbox.events()).isEqualTo(before);
    assertThat(audit.entries()).hasSize(1);
  }

  @Test
  void concurrent_decisions_on_one_version_exactly_one_wins_and_the_others_are_told_it_is_stale_or_lost()
      throws InterruptedException {
    PsiWorld world = new PsiWorld(today);
    var applied = world.apply(world.aCompleteApplication(anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi")));
    AtomicInteger stale = new AtomicInteger();
    List<Runnable> deciders = IntStream.range(0, 8).<Runnable>mapToObj(i -> () -> {
      var result = world.useCase(DecideMembershipUseCase.class).decideMembership(
          new DecideMembershipCommand(committeeMember(), applied.id().value(), applied.version()));
      if (result.isLeft()) {
        // Stale if another decision was saved before this one loaded; a lost race if one was saved while it ran.
        assertThat(result.getLeft()).isInstanceOfAny(Rejection.StaleVersion.class, Rejection.ConcurrentChange.class);
        stale.incrementAndGet();
        throw new IllegalStateException("stale");
      }
    }).toList();

    assertThat(Concurrently.succeeded(deciders)).isEqualTo(1);
    assertThat(stale.get()).isEqualTo(7);
    assertThat(world.psi.outbox().events(PartnerEvent.PartnerAdmitted.class)).hasSize(1);
    assertThat(world.psi.applications().find(applied.id()).get().version()).isEqualTo(2);
  }
}
