package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.anAdmittedPartner;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.UnitOfWork;

/**
 * The contract of the {@link UnitOfWork} port together with a repository of the same storage: a transaction that
 * fails leaves nothing of itself behind; one that returns is kept; units of work that lock one aggregate run one
 * after another, and each reads what the one before it committed. {@link CrossAggregateRacesContract} holds the
 * rules built on these.
 */
public abstract class UnitOfWorkContract {

  protected abstract UnitOfWork unitOfWork();

  /** A repository whose writes take part in {@link #unitOfWork()}'s transactions. */
  protected abstract Partners partners();

  @Test
  void a_failed_transaction_leaves_nothing_half_written() {
    UnitOfWork unitOfWork = unitOfWork();
    Partners partners = partners();
    Partner first = anAdmittedPartner(anAssociation());
    Partner second = anAdmittedPartner(anAssociation());

    assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
      partners.save(first);
      partners.save(second);
      throw new IllegalStateException("failure after both writes");
    })).hasMessage("failure after both writes");

    assertThat(partners.find(first.id()).isEmpty()).isTrue();
    assertThat(partners.find(second.id()).isEmpty()).isTrue();
  }

  @Test
  void a_completed_transaction_is_kept() {
    UnitOfWork unitOfWork = unitOfWork();
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());

    unitOfWork.inTransaction(() -> {
      partners.save(partner);
      return null;
    });

    assertThat(partners.find(partner.id()).get()).isEqualTo(partner);
  }

  @Test
  void units_of_work_that_lock_one_aggregate_never_overlap() throws InterruptedException {
    UnitOfWork unitOfWork = unitOfWork();
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();

    int finished = Concurrently.succeeded(IntStream.range(0, 8).<Runnable>mapToObj(thread -> () -> {
      for (int round = 0; round < 10; round++) {
        unitOfWork.inTransaction(() -> {
          unitOfWork.lock("Partner", partner.id().toString());
          if (inside.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
          }
          partners.find(partner.id());
          inside.decrementAndGet();
          return null;
        });
      }
    }).toList());

    assertThat(finished).isEqualTo(8);
    assertThat(overlaps).hasValue(0);
  }

  @Test
  void a_unit_of_work_reads_after_its_lock_what_the_last_one_holding_it_committed() throws InterruptedException {
    UnitOfWork unitOfWork = unitOfWork();
    Partners partners = partners();
    Partner partner = anAdmittedPartner(anAssociation());
    partners.save(partner);
    EngagementLevel[] levels = EngagementLevel.values();

    int finished = Concurrently.succeeded(IntStream.range(0, 8).<Runnable>mapToObj(thread -> () -> {
      for (int round = 0; round < 10; round++) {
        EngagementLevel level = levels[(thread + round) % levels.length];
        unitOfWork.inTransaction(() -> {
          unitOfWork.lock("Partner", partner.id().toString());
          Partner read = partners.find(partner.id()).get();
          partners.save(read.recordEngagement(level, eventMeta()).get().partner());
          return null;
        });
      }
    }).toList());

    assertThat(finished).as("no save met a newer version than its unit of work read").isEqualTo(8);
    assertThat(partners.find(partner.id()).get().version()).isEqualTo(partner.version() + 80);
  }
}
