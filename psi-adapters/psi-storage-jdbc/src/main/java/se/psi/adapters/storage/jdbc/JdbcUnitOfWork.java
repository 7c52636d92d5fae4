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
 */
public final class JdbcUnitOfWork implements UnitOfWork {

  private final DataSource dataSource;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  public JdbcUnitOfWork(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
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
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StorageException("transaction failed", e);
    }
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
