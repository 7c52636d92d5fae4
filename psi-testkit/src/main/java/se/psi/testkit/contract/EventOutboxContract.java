package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.psi.core.outbox.OutboxReader;
import se.psi.core.outbox.OutboxRecord;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.port.out.UnitOfWork;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;

/**
 * The contract of a transactional outbox: the {@link EventOutbox} a change writes its events to and the
 * {@link OutboxReader} a relay publishes them from. Appended events are read in order, once published no more; a
 * change that rolls back takes its own events with it and no one else's; concurrent changes lose none.
 */
public abstract class EventOutboxContract {

  private static final Instant NOON = Instant.parse("2022-03-01T12:00:00Z");

  /** A fresh, empty outbox: its writing and reading sides, and the unit of work its appends take part in. */
  public record Outbox(UnitOfWork unitOfWork, EventOutbox events, OutboxReader reader) {}

  /** A fresh, empty outbox for one test. */
  protected abstract Outbox outbox();

  /** An event of no feature, so the contract holds for whatever events the core adds. */
  public record Appended(EventMeta meta, String aggregateType, String aggregateId, int number)
      implements DomainEvent {}

  @Test
  void appended_events_are_read_in_the_order_appended_with_what_identifies_them() {
    Outbox outbox = outbox();
    List<Appended> events = List.of(event("A", 1), event("B", 1), event("A", 2));

    outbox.unitOfWork().inTransaction(() -> {
      outbox.events().append(events.get(0));
      outbox.events().appendAll(events.subList(1, 3));
      return null;
    });

    List<OutboxRecord> records = outbox.reader().unpublished(10);
    assertThat(records).extracting(OutboxRecord::eventId).containsExactlyElementsOf(
        events.stream().map(Appended::eventId).toList());
    assertThat(records).isSortedAccordingTo(Comparator.comparingLong(OutboxRecord::position))
        .extracting(OutboxRecord::position).doesNotHaveDuplicates();
    OutboxRecord first = records.get(0);
    assertThat(first.aggregateType()).isEqualTo("Contract");
    assertThat(first.aggregateId()).isEqualTo("A");
    assertThat(first.eventType()).isEqualTo("Appended");
    assertThat(first.occurredAt()).isEqualTo(events.get(0).occurredAt());
    assertThat(first.publishedAt()).isEmpty();
    assertThat(first.payload()).as("the event as published names its id").contains(events.get(0).eventId()
        .toString());
  }

  @Test
  void a_read_takes_the_oldest_up_to_its_limit_and_reads_them_again_until_they_are_marked() {
    Outbox outbox = outbox();
    List<Appended> events = IntStream.rangeClosed(1, 5).mapToObj(i -> event("A", i)).toList();
    commit(outbox, events);

    List<OutboxRecord> batch = outbox.reader().unpublished(2);

    assertThat(batch).extracting(OutboxRecord::eventId).containsExactly(events.get(0).eventId(),
        events.get(1).eventId());
    assertThat(outbox.reader().unpublished(2)).as("not yet marked, so read again: at least once").isEqualTo(batch);
  }

  @Test
  void events_marked_published_are_not_read_again_and_the_rest_follow_in_order() {
    Outbox outbox = outbox();
    List<Appended> events = IntStream.rangeClosed(1, 4).mapToObj(i -> event("A", i)).toList();
    commit(outbox, events);

    outbox.reader().markPublished(positions(outbox.reader().unpublished(2)), NOON);
    outbox.reader().markPublished(positions(outbox.reader().unpublished(1)), NOON);

    assertThat(outbox.reader().unpublished(10)).extracting(OutboxRecord::eventId)
        .containsExactly(events.get(3).eventId());
  }

  @Test
  void a_change_that_rolls_back_takes_its_events_with_it_and_keeps_those_committed_before() {
    Outbox outbox = outbox();
    Appended committed = event("A", 1);
    commit(outbox, List.of(committed));

    assertThatThrownBy(() -> outbox.unitOfWork().inTransaction(() -> {
      outbox.events().appendAll(List.of(event("A", 2), event("B", 1)));
      throw new IllegalStateException("the change failed after writing its events");
    })).hasMessageContaining("failed");

    assertThat(outbox.reader().unpublished(10)).extracting(OutboxRecord::eventId)
        .containsExactly(committed.eventId());
  }

  @Test
  void concurrent_changes_keep_every_event_once_and_each_change_in_its_order() throws InterruptedException {
    Outbox outbox = outbox();
    int changes = 8;
    int eventsEach = 10;
    List<List<Appended>> written = IntStream.range(0, changes).mapToObj(change -> IntStream.range(0, eventsEach)
        .mapToObj(i -> event("aggregate-" + change, i)).toList()).toList();
    List<Runnable> tasks = new ArrayList<>();
    written.forEach(events -> tasks.add(() -> commit(outbox, events)));

    assertThat(Concurrently.succeeded(tasks)).isEqualTo(changes);

    List<OutboxRecord> records = outbox.reader().unpublished(changes * eventsEach + 1);
    assertThat(records).hasSize(changes * eventsEach).extracting(OutboxRecord::eventId).doesNotHaveDuplicates();
    for (List<Appended> events : written) {
      String aggregate = events.get(0).aggregateId();
      assertThat(records.stream().filter(r -> r.aggregateId().equals(aggregate)).map(OutboxRecord::eventId))
          .as("the events of %s in the order appended", aggregate)
          .containsExactlyElementsOf(events.stream().map(Appended::eventId).toList());
    }
  }

  @Test
  void retention_deletes_only_what_was_published_before_the_cutoff() {
    Outbox outbox = outbox();
    List<Appended> events = IntStream.rangeClosed(1, 3).mapToObj(i -> event("A", i)).toList();
    commit(outbox, events);
    List<OutboxRecord> records = outbox.reader().unpublished(3);
    outbox.reader().markPublished(List.of(records.get(0).position()), NOON.minusSeconds(3600));
    outbox.reader().markPublished(List.of(records.get(1).position()), NOON);

    assertThat(outbox.reader().deletePublishedBefore(NOON.minusSeconds(60))).isEqualTo(1);
    assertThat(outbox.reader().deletePublishedBefore(NOON.minusSeconds(60))).isZero();
    assertThat(outbox.reader().unpublished(10)).extracting(OutboxRecord::eventId)
        .containsExactly(events.get(2).eventId());
  }

  private static void commit(Outbox outbox, List<Appended> events) {
    outbox.unitOfWork().inTransaction(() -> {
      outbox.events().appendAll(events);
      return null;
    });
  }

  private static List<Long> positions(List<OutboxRecord> records) {
    return records.stream().map(OutboxRecord::position).toList();
  }

  private static Appended event(String aggregateId, int number) {
    return new Appended(new EventMeta(UUID.randomUUID(), NOON.minusSeconds(600 - number)), "Contract",
        aggregateId, number);
  }
}
