package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.psi.core.outbox.DuplicateFilter;
import se.psi.testkit.contract.Concurrently;

/** A consumer's effect runs once per event id, however often and however concurrently the event is redelivered. */
class DuplicateFilterTest {

  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void dropDatabases() throws SQLException {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void redeliveries_sequential_or_concurrent_have_one_effect(TestDatabases.Kind kind) throws InterruptedException {
    JdbcStorage storage = databases.fresh(kind);
    DuplicateFilter filter = new DuplicateFilter(storage.processedEvents(), storage.unitOfWork(),
        Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC));
    UUID event = UUID.randomUUID();
    AtomicInteger effects = new AtomicInteger();

    List<Runnable> deliveries = IntStream.range(0, 8)
        .<Runnable>mapToObj(i -> () -> filter.handleOnce(event, "PartnerAdmitted", e -> effects.incrementAndGet()))
        .toList();
    int completed = Concurrently.succeeded(deliveries);
    boolean again = filter.handleOnce(event, "PartnerAdmitted", e -> effects.incrementAndGet());

    assertThat(completed).as("every redelivery completes without an error").isEqualTo(8);
    assertThat(effects.get()).isEqualTo(1);
    assertThat(again).isFalse();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void an_effect_that_fails_is_not_recorded_so_the_redelivery_runs_it(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    DuplicateFilter filter = new DuplicateFilter(storage.processedEvents(), storage.unitOfWork(),
        Clock.fixed(Instant.parse("2022-03-01T10:00:00Z"), ZoneOffset.UTC));
    UUID event = UUID.randomUUID();

    try {
      filter.handleOnce(event, "x", e -> {
        throw new IllegalStateException("case system down");
      });
    } catch (IllegalStateException expected) {
      // the consumer's effect failed: nothing is recorded
    }

    assertThat(filter.handleOnce(event, "x", e -> { })).isTrue();
  }
}
