package se.psi.adapters.storage.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain JDBC in a few lines: bind parameters (Optionals, enums, dates), run, map rows. */
final class Sql {

  private Sql() {}

  /** Maps the current row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /** One statement for many rows, sent to the database together (one round trip where the driver batches). */
  static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  static <T> List<T> query(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet results = statement.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (results.next()) {
          rows.add(row.map(results));
        }
        return rows;
      }
    }
  }

  /** How many rows {@link #forEach} asks the database for at a time. */
  private static final int ROWS_PER_FETCH = 1_000;

  /**
   * Hands each row to {@code row} as it is read, a batch of rows at a time (a cursor, where the connection is in a
   * transaction), so that a long result is never held whole.
   */
  static void forEach(Connection connection, String sql, Row<?> row, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(ROWS_PER_FETCH);
      bind(statement, parameters);
      try (ResultSet results = statement.executeQuery()) {
        while (results.next()) {
          row.map(results);
        }
      }
    }
  }

  static <T> Optional<T> one(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    List<T> rows = query(connection, sql, row, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i] instanceof Optional<?> optional ? optional.orElse(null) : parameters[i];
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.NULL);
      } else if (value instanceof Enum<?> constant) {
        statement.setString(index, constant.name());
      } else if (value instanceof LocalDate date) {
        statement.setDate(index, Date.valueOf(date));
      } else if (value instanceof Instant instant) {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (value instanceof UUID || value instanceof String || value instanceof Number
          || value instanceof Boolean) {
        statement.setObject(index, value);
      } else {
        statement.setString(index, value.toString());
      }
    }
  }

  static UUID uuid(ResultSet row, String column) throws SQLException {
    return row.getObject(column, UUID.class);
  }

  static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
    Date date = row.getDate(column);
    return date == null ? Optional.empty() : Optional.of(date.toLocalDate());
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? Optional.empty() : Optional.of(time.toInstant());
  }

  static Optional<String> string(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static <E extends Enum<E>> Optional<E> enumOf(ResultSet row, String column, Class<E> type) throws SQLException {
    String name = row.getString(column);
    return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
  }
}
