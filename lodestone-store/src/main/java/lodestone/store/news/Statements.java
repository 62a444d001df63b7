package lodestone.store.news;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** The news tables' statements with their parameters given in order, instead of one setter call per column. */
final class Statements {
    private Statements() {}

    /**
     * Runs a statement that changes rows.
     *
     * @param connection the connection (in the caller's transaction)
     * @param sql the statement, with one {@code ?} per value
     * @param values the parameters in order (null for SQL NULL)
     * @return the number of rows changed
     * @throws SQLException if the statement fails
     */
    static int update(Connection connection, String sql, @Nullable Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    /**
     * Sets a statement's parameters, as DuckDB's typed setters do: each of them ({@code setString}, {@code setInt},
     * {@code setDate} without a calendar) binds its value as {@code setObject} does.
     *
     * @param statement the statement
     * @param values the parameters in order (null for SQL NULL)
     * @throws SQLException if a value cannot be bound
     */
    static void bind(PreparedStatement statement, @Nullable Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
