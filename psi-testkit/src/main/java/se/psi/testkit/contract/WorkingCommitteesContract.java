package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.anAdmittedPartner;
import static se.psi.testkit.fixtures.Fixtures.anAssociation;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;
import static se.psi.testkit.fixtures.Fixtures.rules2022;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.membership.domain.Partner;
import se.psi.core.port.out.StaleVersionException;

/** The contract of the {@link WorkingCommittees} port. Return a fresh, empty store from the factory method. */
public abstract class WorkingCommitteesContract {

  protected abstract WorkingCommittees committees();

  @Test
  void a_committee_is_found_with_its_seats_and_balance() {
    WorkingCommittees committees = committees();
    WorkingCommittee committee = seated(WorkingCommittee.empty("psi-test"), anAdmittedPartner(anAssociation()));

    committees.save(committee);

    assertThat(committees.find("psi-test").get()).isEqualTo(committee);
    assertThat(committees.find("another-partnership").isEmpty()).isTrue();
  }

  @Test
  void a_stale_write_is_refused() {
    WorkingCommittees committees = committees();
    WorkingCommittee empty = WorkingCommittee.empty("psi-test");
    WorkingCommittee first = seated(empty, anAdmittedPartner(anAssociation()));
    WorkingCommittee second = seated(empty, anAdmittedPartner(anAssociation()));
    committees.save(first);

    assertThatThrownBy(() -> committees.save(second)).isInstanceOf(StaleVersionException.class);
    assertThat(committees.find("psi-test").get()).isEqualTo(first);
  }

  private static WorkingCommittee seated(WorkingCommittee committee, Partner partner) {
    return committee.take(partner.id(), partner.organisation().sector(), true, Optional.of("person-1"),
        A_DAY_IN_2022, rules2022(), eventMeta()).get().committee();
  }
}
