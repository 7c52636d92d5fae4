package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.psi.core.outbox.ProcessedEvents;

/** The contract of the {@link ProcessedEvents} port. Return a fresh, empty store. */
public abstract class ProcessedEventsContract {

  protected abstract ProcessedEvents processed();

  @Test
  void an_event_is_marked_once_and_a_redelivery_is_recognised() {
    ProcessedEvents processed = processed();
    UUID event = UUID.randomUUID();

    assertThat(processed.markProcessed(event, Instant.parse("2022-03-01T10:00:00Z"))).isTrue();
    assertThat(processed.markProcessed(event, Instant.parse("2022-03-01T10:05:00Z"))).isFalse();
  }

  @Test
  void concurrent_redeliveries_of_one_event_are_marked_exactly_once() throws InterruptedException {
    ProcessedEvents processed = processed();
    UUID event = UUID.randomUUID();
    AtomicInteger first = new AtomicInteger();
    List<Runnable> consumers = IntStream.range(0, 8).<Runnable>mapToObj(i -> () -> {
      if (processed.markProcessed(event, Instant.parse("2022-03-01T10:00:00Z"))) {
        first.incrementAndGet();
      }
    }).toList();

    Concurrently.succeeded(consumers);

    assertThat(first.get()).isEqualTo(1);
  }

  @Test
  void retention_forgets_only_old_ids() {
    ProcessedEvents processed = processed();
    processed.markProcessed(UUID.randomUUID(), Instant.parse("2022-01-01T00:00:00Z"));
    UUID recent = UUID.randomUUID();
    processed.markProcessed(recent, Instant.parse("2022-03-01T00:00:00Z"));

    assertThat(processed.forgetBefore(Instant.parse("2022-02-01T00:00:00Z"))).isEqualTo(1);
    assertThat(processed.markProcessed(recent, Instant.parse("2022-03-02T00:00:00Z"))).isFalse();
  }
}
