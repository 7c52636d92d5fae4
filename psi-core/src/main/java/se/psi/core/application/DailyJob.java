package se.psi.core.application;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.DomainEvent;

/**
 * The work of a job a host runs every day, because time passes without a request (MEM-8's expired agreements,
 * CON-2's reminders): it finds what is due on the day, changes and saves each, and says what it did. It runs through
 * {@link Changes#daily}, which authorises the caller and publishes the events and the audit entry in one unit of work.
 *
 * @param <I> the id type of what the job changes
 */
public interface DailyJob<I> {

  /** The items changed on {@code today}, each already saved; or a refusal, e.g. with no ruleset in force. */
  Either<Rejection, List<Done<I>>> run(Today today);

  /** What the job did to one item: its id and the events of its change. */
  record Done<I>(I id, List<? extends DomainEvent> events) {

    public Done {
      Objects.requireNonNull(id, "id");
      events = List.copyOf(events);
    }
  }
}
