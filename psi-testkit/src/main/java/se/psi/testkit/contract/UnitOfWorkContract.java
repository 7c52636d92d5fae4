package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.anAdmittedPartner;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;

import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.port.out.UnitOfWork;

/**
 * The contract of the {@link UnitOfWork} port together with a repository of the same storage: a transaction that
 * fails leaves nothing of itself behind; one that returns is kept.
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
}
