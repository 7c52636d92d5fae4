package se.psi.core.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Driven port: reading the transactional outbox to publish its events at least once. A relay reads the unpublished
 * records in order, publishes them, and only then marks them published.
 */
public interface OutboxReader {

  /** Up to {@code limit} unpublished records, lowest position first. */
  List<OutboxRecord> unpublished(int limit);

  /** Marks the records at these positions published at {@code at}. */
  void markPublished(Collection<Long> positions, Instant at);

  /** Retention: deletes records published before {@code cutoff}; returns how many. Unpublished ones are kept. */
  int deletePublishedBefore(Instant cutoff);
}
