package se.psi.adapters.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import se.psi.core.port.out.UnitOfWork;

/**
 * The {@link UnitOfWork} port as a JDBC transaction on one pooled connection, bound to the calling thread so that
 * every adapter's statements inside {@link #inTransaction} share it. A nested call joins the outer transaction.
 * Work that returns commits; work that throws rolls back, so nothing is ever half-written.
 *
 * <p>Changes run at the database's READ COMMITTED: every statement sees what was committed before it began, so a
 * change that {@link #lock locks} an aggregate (one row of {@code aggregate_lock}, {@code SELECT ... FOR UPDATE},
 * held until commit) reads it as the last change that held the lock left it, in this process or another. Reads
 * outside a change ({@link #reading}) run in a read-only transaction that sees one snapshot (PostgreSQL's REPEATABLE
 * READ; H2's SERIALIZABLE, which is its snapshot), so an aggregate read in several statements is never two versions.
 */
public final class JdbcUnitOfWork implements UnitOfWork {

  /** How many rows {@code aggregate_lock} has (migration V16). */
  static final int LOCK_SLOTS = 4096;

  private final DataSource dataSource;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  /** Found on the first read: the isolation level that gives one snapshot on this database. */
  private volatile Integer snapshotIsolation;

  public JdbcUnitOfWork(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(work, false);
  }

  @Override
  public <T> T reading(Supplier<T> read) {
    return run(read, true);
  }

  @Override
  public void lock(String type, String id) {
    if (current.get() == null) {
      throw new IllegalStateException("lock(" + type + ") outside a transaction");
    }
    int slot = Math.floorMod((type + '\u0000' + id).hashCode(), LOCK_SLOTS);
    withConnection(c -> Sql.query(c, "SELECT slot FROM aggregate_lock WHERE slot = ? FOR UPDATE",
        row -> row.getInt(1), slot));
  }

  private <T> T run(Supplier<T> work, boolean readOnly) {
    if (current.get() != null) {
      return work.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      if (readOnly) {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(snapshotIsolation(connection));
      }
      current.set(connection);
      try {
        T result = work.get();
        connection.commit();
        return result;
      } catch (RuntimeException | Error failure) {
        rollback(connection, failure);
        throw failure;
      } finally {
        current.remove();
        if (readOnly) {
          connection.setReadOnly(false);
          connection.setTransactionIsolation(isolation);
        }
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw StorageException.from(e);
    }
  }

  private int snapshotIsolation(Connection connection) throws SQLException {
    Integer level = snapshotIsolation;
    if (level == null) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      level = postgres ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_SERIALIZABLE;
      snapshotIsolation = level;
    }
    return level;
  }

  /** Runs {@code work} on the current transaction's connection, or in a transaction of its own. */
  <T> T withConnection(SqlWork<T> work) {
    return inTransaction(() -> {
      try {
        return work.run(current.get());
      } catch (SQLException e) {
        throw StorageException.from(e);
      }
    });
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
