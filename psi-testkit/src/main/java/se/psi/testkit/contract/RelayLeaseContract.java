package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import se.psi.core.outbox.RelayLease;

/**
 * The contract of the {@link RelayLease} port: one holder at a time, a renewal keeps it, expiry or release lets
 * another take over, and hosts racing for it never both win. Times are given, never read from a clock.
 */
public abstract class RelayLeaseContract {

  private static final Instant NOON = Instant.parse("2022-03-01T12:00:00Z");
  private static final Duration TTL = Duration.ofSeconds(30);

  /**
   * {@code hosts} handles onto one fresh, free lease, as that many host instances would each hold their own (their
   * own adapter over the same database, say).
   */
  protected abstract List<RelayLease> leaseAsSeenBy(int hosts);

  @Test
  void a_free_lease_is_taken_and_no_one_else_takes_it_while_it_runs() {
    List<RelayLease> hosts = leaseAsSeenBy(2);

    assertThat(hosts.get(0).tryAcquire("host-a", NOON, TTL)).isTrue();
    assertThat(hosts.get(1).tryAcquire("host-b", NOON, TTL)).isFalse();
    assertThat(hosts.get(1).tryAcquire("host-b", NOON.plus(TTL).minusSeconds(1), TTL)).isFalse();
  }

  @Test
  void the_holder_renews_its_lease_and_the_renewal_counts_from_then() {
    List<RelayLease> hosts = leaseAsSeenBy(2);
    hosts.get(0).tryAcquire("host-a", NOON, TTL);

    assertThat(hosts.get(0).tryAcquire("host-a", NOON.plusSeconds(20), TTL)).isTrue();

    assertThat(hosts.get(1).tryAcquire("host-b", NOON.plus(TTL).plusSeconds(1), TTL))
        .as("the first term has run out, the renewed one has not").isFalse();
  }

  @Test
  void when_the_lease_expires_another_takes_over_and_the_old_holder_is_refused() {
    List<RelayLease> hosts = leaseAsSeenBy(2);
    hosts.get(0).tryAcquire("host-a", NOON, TTL);
    Instant afterExpiry = NOON.plus(TTL).plusSeconds(1);

    assertThat(hosts.get(1).tryAcquire("host-b", afterExpiry, TTL)).isTrue();
    assertThat(hosts.get(0).tryAcquire("host-a", afterExpiry.plusSeconds(1), TTL)).isFalse();
  }

  @Test
  void a_released_lease_is_free_at_once_and_only_its_holder_can_release_it() {
    List<RelayLease> hosts = leaseAsSeenBy(3);
    hosts.get(0).tryAcquire("host-a", NOON, TTL);

    hosts.get(1).release("host-b");
    assertThat(hosts.get(2).tryAcquire("host-c", NOON.plusSeconds(1), TTL)).as("host-b held nothing").isFalse();

    hosts.get(0).release("host-a");
    assertThat(hosts.get(2).tryAcquire("host-c", NOON.plusSeconds(1), TTL)).isTrue();
  }

  @Test
  void hosts_racing_for_a_free_lease_never_both_win() throws InterruptedException {
    List<RelayLease> hosts = leaseAsSeenBy(2);
    for (int round = 0; round < 20; round++) {
      // Each round starts after the previous round's lease expired, so every round is a race for a free lease.
      Instant now = NOON.plus(TTL.plusSeconds(1).multipliedBy(round));
      assertThat(winners(hosts, now, round)).as("round %d", round).hasSize(1);
    }
  }

  @Test
  void eight_hosts_racing_at_once_leave_one_holder() throws InterruptedException {
    assertThat(winners(leaseAsSeenBy(8), NOON, 0)).hasSize(1);
  }

  /** The hosts that were told they hold the lease when all asked for it at {@code now}. */
  private static Set<String> winners(List<RelayLease> hosts, Instant now, int round) throws InterruptedException {
    Set<String> winners = ConcurrentHashMap.newKeySet();
    List<Runnable> tasks = new ArrayList<>();
    for (int host = 0; host < hosts.size(); host++) {
      RelayLease lease = hosts.get(host);
      String holder = "host-" + host + "-round-" + round;
      tasks.add(() -> {
        if (lease.tryAcquire(holder, now, TTL)) {
          winners.add(holder);
        }
      });
    }
    assertThat(Concurrently.succeeded(tasks)).as("no host failed asking for the lease").isEqualTo(hosts.size());
    return winners;
  }
}
