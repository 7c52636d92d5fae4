package se.psi.examples.embedding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import se.psi.testkit.contract.EventOutboxContract;
import se.psi.testkit.memory.InMemoryUnitOfWork;

/** The municipality's outbox keeps the same promises as every other outbox, in the core's unit of work. */
class CommittedEventsContractTest extends EventOutboxContract {

  @Override
  protected Outbox outbox() {
    CommittedEvents events = new CommittedEvents(Clock.fixed(Instant.parse("2022-03-01T12:00:00Z"), ZoneOffset.UTC));
    return new Outbox(new InMemoryUnitOfWork(List.of(events)), events, events);
  }
}
