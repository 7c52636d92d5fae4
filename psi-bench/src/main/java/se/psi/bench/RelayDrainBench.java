package se.psi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.outbox.OutboxRelay;

/**
 * Benchmark 7: draining a 10,000-event outbox backlog (H2, in memory) to a broker that acknowledges at once,
 * through {@link OutboxRelay} with its lease, against a hand-written loop that reads and marks the same rows with
 * plain JDBC. Each measurement drains a fresh backlog.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RelayDrainBench {

  static final int BACKLOG = 10_000;
  static final int BATCH = 500;

  /** An event of the backlog. */
  public record Noted(EventMeta meta, String aggregateType, String aggregateId, int number) implements DomainEvent {}

  private JdbcStorage storage;

  @Setup(Level.Invocation)
  public void backlog() {
    storage = JdbcStorage.builder().jdbcUrl("jdbc:h2:mem:relay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .build();
    storage.unitOfWork().inTransaction(() -> {
      for (int i = 0; i < BACKLOG; i++) {
        storage.outbox().append(new Noted(new EventMeta(UUID.randomUUID(), Instant.EPOCH), "Partner",
            "partner-" + i % 100, i));
      }
      return null;
    });
  }

  @TearDown(Level.Invocation)
  public void close() {
    storage.close();
  }

  @Benchmark
  public int relay() {
    return new OutboxRelay(storage.outbox(), records -> { }, storage.relayLease(), Clock.systemUTC(), "bench",
        Duration.ofMinutes(1)).drain(BATCH).published();
  }

  @Benchmark
  public int rawJdbc() throws SQLException {
    int published = 0;
    try (Connection connection = storage.dataSource().getConnection()) {
      while (true) {
        List<Long> positions = new ArrayList<>(BATCH);
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT position, payload FROM outbox WHERE published_at IS NULL ORDER BY position LIMIT ?")) {
          select.setInt(1, BATCH);
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              positions.add(rows.getLong(1));
              rows.getString(2);
            }
          }
        }
        if (positions.isEmpty()) {
          return published;
        }
        try (PreparedStatement mark = connection.prepareStatement(
            "UPDATE outbox SET published_at = CURRENT_TIMESTAMP WHERE position = ?")) {
          for (long position : positions) {
            mark.setLong(1, position);
            mark.addBatch();
          }
          mark.executeBatch();
        }
        published += positions.size();
      }
    }
  }
}
