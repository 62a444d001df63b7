package lodestone.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on the store's connection inside one transaction, for repositories in {@code lodestone-store} that keep their
 * own tables (see {@link LodestoneStore#transaction(SqlWork)}).
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * @param connection the store's connection, in a transaction
     * @return the result
     * @throws SQLException on a database failure (the transaction is rolled back)
     */
    T run(Connection connection) throws SQLException;
}
