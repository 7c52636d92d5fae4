package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.FollowUpFixtures.aFollowedUpGrant;
import static se.psi.testkit.fixtures.FollowUpFixtures.anOpenedFollowUp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.followup.port.out.GrantFollowUps;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.Sek;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.fixtures.FollowUpFixtures;
import se.psi.testkit.fixtures.GrantFixtures;

/**
 * The contract of the {@link GrantFollowUps} port (GRA-17), and of the scheme's figures the follow-up counts in.
 * Return fresh, empty stores that share one database where they have one.
 */
public abstract class GrantFollowUpsContract {

  protected abstract GrantFollowUps followUps();

  protected abstract GrantSchemes schemes();

  @Test
  void GRA_17_every_version_of_a_follow_up_is_stored_and_found_as_saved() {
    GrantFollowUps followUps = followUps();
    for (GrantFollowUp version : aFollowedUpGrant(40_000, 5_000)) {
      followUps.save(version);
      assertThat(followUps.find(version.applicationId()).get()).isEqualTo(version);
    }
  }

  @Test
  void GRA_17_a_stale_write_is_refused_never_lost() {
    GrantFollowUps followUps = followUps();
    List<GrantFollowUp> versions = aFollowedUpGrant(40_000, 0);
    followUps.save(versions.get(0));
    followUps.save(versions.get(1));

    assertThatThrownBy(() -> followUps.save(versions.get(1))).isInstanceOf(StaleVersionException.class);
    assertThat(followUps.find(versions.get(0).applicationId()).get()).isEqualTo(versions.get(1));
  }

  @Test
  void GRA_17_of_two_writers_of_the_same_version_exactly_one_wins() throws InterruptedException {
    GrantFollowUps followUps = followUps();
    List<GrantFollowUp> versions = aFollowedUpGrant(40_000, 0);
    followUps.save(versions.get(0));
    followUps.save(versions.get(1));
    GrantFollowUp accepted = versions.get(1);
    List<Runnable> payouts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      payouts.add(() -> followUps.save(accepted.pay(UUID.randomUUID(), Sek.of(10_000), FollowUpFixtures.SIGNATORY,
          Fixtures.rules2022(), Fixtures.A_DAY_IN_2022, Fixtures.eventMeta()).get().aggregate()));
    }

    assertThat(Concurrently.succeeded(payouts)).isEqualTo(1);
    assertThat(followUps.find(accepted.applicationId()).get().paid()).isEqualTo(Sek.of(10_000));
  }

  @Test
  void GRA_17_those_waiting_for_a_report_are_listed_from_their_first_reminder_day() {
    GrantFollowUps followUps = followUps();
    List<GrantFollowUp> versions = aFollowedUpGrant(40_000, 0);
    GrantFollowUp reported = versions.get(versions.size() - 1);
    GrantFollowUp waiting = anOpenedFollowUp(30_000);
    followUps.save(waiting);
    versions.forEach(followUps::save);

    LocalDate firstReminder = waiting.terms().firstReminder();
    assertThat(followUps.awaitingReport(firstReminder.minusDays(1))).isEmpty();
    assertThat(followUps.awaitingReport(firstReminder)).containsExactly(waiting);
    assertThat(reported.report()).isPresent();
  }

  @Test
  void GRA_17_a_scheme_keeps_what_was_paid_and_repaid() {
    GrantSchemes schemes = schemes();
    GrantScheme scheme = GrantFixtures.aScheme2022();
    schemes.save(scheme);
    GrantScheme granted = scheme.grant(Sek.of(40_000), new Explanation("orebro-2022", Fixtures.A_DAY_IN_2022,
        List.of())).get();
    schemes.save(granted);
    GrantScheme paid = granted.pay(Sek.of(40_000));
    schemes.save(paid);
    GrantScheme repaid = paid.repay(Sek.of(5_000));
    schemes.save(repaid);

    GrantScheme found = schemes.find(2022).get();
    assertThat(found).isEqualTo(repaid);
    assertThat(found.paid()).isEqualTo(Sek.of(40_000));
    assertThat(found.repaid()).isEqualTo(Sek.of(5_000));
    assertThatThrownBy(() -> schemes.save(paid)).isInstanceOf(StaleVersionException.class);
  }
}
