package lodestone.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema: numbered SQL scripts under {@code lodestone/db/}, applied in order, each in its own
 * transaction, and recorded in {@code schema_version}. A database from a newer Lodestone is refused, not altered.
 */
final class Migrations {
    /** The scripts, oldest first. Append; never edit a released script. */
    static final List<String> SCRIPTS = List.of(
            "V1__knowledge_base.sql",
            "V2__curated_documents.sql",
            "V3__news.sql",
            "V4__news_review.sql",
            "V5__editions.sql",
            "V6__knowledge_version.sql");

    /**
     * The statement that marks the knowledge as changed (table {@code knowledge_version}, schema version 6): every
     * write transaction runs it before it commits.
     */
    static final String BUMP_VERSION =
            "UPDATE knowledge_version SET version = version + 1, token = CAST(uuid() AS VARCHAR)";

    /** The first schema version that has the {@code knowledge_version} table. */
    private static final int VERSIONED_FROM = 6;

    private Migrations() {}

    /**
     * Brings the schema up to date.
     *
     * @param connection an open connection
     * @return the schema version after migration
     * @throws SQLException on a database failure
     */
    static int migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            if (rows.next()) {
                current = rows.getInt(1);
            }
        }
        if (current > SCRIPTS.size()) {
            throw new StoreException(
                    "the database has schema version " + current + ", newer than this Lodestone (" + SCRIPTS.size()
                            + "). Maybe use a newer Lodestone, or another --db file.",
                    null);
        }
        for (int version = current + 1; version <= SCRIPTS.size(); version++) {
            String script = SCRIPTS.get(version - 1);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : read(script).split(";\\s*(\\n|$)", -1)) {
                    if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute(
                        "INSERT INTO schema_version VALUES (" + version + ", '" + script + "', current_timestamp)");
                if (version >= VERSIONED_FROM) {
                    statement.execute(BUMP_VERSION); // a migration may change what a snapshot reads
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return SCRIPTS.size();
    }

    static String read(String script) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream("lodestone/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script lodestone/db/" + script + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
