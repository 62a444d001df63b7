package lodestone.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lodestone.model.Sha256;
import lodestone.model.agreement.DraftOrigin;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.provenance.SourceTier;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.baseline.Baseline;
import lodestone.store.curated.DraftDocument;
import lodestone.store.curated.PolicyRecordsReader;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The embedded DuckDB knowledge base. One process may hold a database file read-write at a time (DuckDB's lock);
 * a second process gets a {@link StoreException} that says so. Not thread-safe: share one instance per thread or
 * synchronise.
 */
public final class LodestoneStore implements AutoCloseable {
    /** Where the store lives unless {@code --db} or {@code LODESTONE_DB} says otherwise. */
    public static final Path DEFAULT_PATH = Path.of(System.getProperty("user.home"), ".lodestone", "lodestone.duckdb");

    private final Connection connection;
    private final Path path;
    private final ReferenceData reference;
    private final boolean readOnly;

    /** What the bundled files hold, worked out once per reference data (they never change while the JVM runs). */
    private static volatile @Nullable BundledState bundled;

    private LodestoneStore(Connection connection, Path path, ReferenceData reference, boolean readOnly) {
        this.connection = connection;
        this.path = path;
        this.reference = reference;
        this.readOnly = readOnly;
    }

    /**
     * The bundled curated observations and policy documents with their hashes, as an open compares them with what a
     * file holds.
     *
     * @param reference the reference data they were read with
     * @param curated the curated observations
     * @param curatedHash the SHA-256 of their normalised rendering
     * @param documents each curated policy document, by name
     * @param documentHashes each curated policy document's SHA-256, by name
     */
    private record BundledState(
            ReferenceData reference,
            ImportedDataset curated,
            String curatedHash,
            Map<String, BundledDocument> documents,
            Map<String, String> documentHashes) {
        static BundledState of(ReferenceData reference) {
            ImportedDataset curated = Datasets.curated(reference);
            Map<String, BundledDocument> documents = new TreeMap<>();
            Map<String, String> hashes = new TreeMap<>();
            for (String name : PolicyRecordsReader.DOCUMENTS) {
                String text = PolicyRecordsReader.bundledText(name);
                documents.put(name, new BundledDocument(text, Sha256.hex(text)));
                hashes.put(name, Sha256.hex(text));
            }
            return new BundledState(
                    reference,
                    curated,
                    Sha256.hex(Baseline.render(curated.observations())),
                    Map.copyOf(documents),
                    Map.copyOf(hashes));
        }
    }

    /**
     * A bundled curated policy document.
     *
     * @param text its text
     * @param hash the SHA-256 of the text
     */
    private record BundledDocument(String text, String hash) {}

    // the same instance, not equal data: ReferenceData.load() hands out one instance, and a comparison of its contents
    // would cost what the state saves
    @SuppressWarnings("ReferenceEquality")
    private BundledState bundled() {
        BundledState state = bundled;
        if (state == null || state.reference() != reference) {
            state = BundledState.of(reference);
            bundled = state;
        }
        return state;
    }

    /**
     * Opens (creating if needed) a store, migrates its schema and loads the bundled baseline if it is missing or
     * outdated.
     *
     * @param path the database file
     * @param reference the reference data
     * @return the open store
     * @throws StoreException if the file is locked by another process, unreadable, or from a newer version
     */
    public static LodestoneStore open(Path path, ReferenceData reference) {
        Objects.requireNonNull(path, "path");
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database " + path + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
        } catch (SQLException e) {
            throw openFailure(path, e);
        }
        LodestoneStore store = new LodestoneStore(connection, path, reference, false);
        try {
            Migrations.migrate(connection);
            store.loadBaselineIfNeeded();
        } catch (SQLException | RuntimeException e) {
            store.close();
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("cannot prepare the database " + path + ": " + e.getMessage(), e);
        }
        return store;
    }

    /**
     * Opens a store for reading only, with DuckDB's read-only access mode: nothing is written, and any number of
     * read-only processes may hold the file at once. A file that does not exist yet, or whose schema or bundled
     * baseline is outdated, is first prepared by a short read-write open ({@link #open}).
     *
     * <p>DuckDB's file lock still keeps a writer out while a reader holds the file, so readers should hold it only to
     * read their snapshot; writers retry for a few seconds ({@link #openForWriting}).
     *
     * @param path the database file
     * @param reference the reference data
     * @return the open, read-only store
     * @throws StoreException if the file is locked by a writer, unreadable, or from a newer version
     */
    public static LodestoneStore openReadOnly(Path path, ReferenceData reference) {
        Objects.requireNonNull(path, "path");
        if (!Files.exists(path)) {
            open(path, reference).close();
        }
        LodestoneStore store = connectReadOnly(path, reference);
        boolean ready;
        try {
            ready = !store.needsPreparation();
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw new StoreException("cannot read the database " + path + ": " + e.getMessage(), e);
        }
        if (ready) {
            return store;
        }
        store.close();
        open(path, reference).close();
        return connectReadOnly(path, reference);
    }

    private static LodestoneStore connectReadOnly(Path path, ReferenceData reference) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            return new LodestoneStore(
                    DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties),
                    path,
                    reference,
                    true);
        } catch (SQLException e) {
            throw openFailure(path, e);
        }
    }

    /**
     * Opens a store to write, waiting up to {@code patience} for read-only holders of the file (other processes
     * reading their snapshot) to let go.
     *
     * @param path the database file
     * @param reference the reference data
     * @param patience the longest wait for the lock
     * @return the open store
     * @throws StoreException if the file stays locked for longer, or cannot be opened
     */
    public static LodestoneStore openForWriting(Path path, ReferenceData reference, java.time.Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return open(path, reference);
            } catch (StoreException e) {
                if (!String.valueOf(e.getMessage()).contains("in use by another process")
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static StoreException openFailure(Path path, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return new StoreException(
                    "the database " + path + " is in use by another process (" + message
                            + ").\nMaybe another lodestone command, or an import by `lodestone serve`, is running;"
                            + " retry when it is done, or pass another --db file.",
                    e);
        }
        return new StoreException("cannot open the database " + path + ": " + message, e);
    }

    /**
     * @return true if opening read-write would change the file: an older schema, or a bundled baseline, curated
     *     document or reference source that differs from what the file holds
     * @throws SQLException on a database failure
     */
    private boolean needsPreparation() throws SQLException {
        int version;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            version = rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            return true; // no schema_version table yet
        }
        if (version != Migrations.SCRIPTS.size()) {
            return version < Migrations.SCRIPTS.size();
        }
        Map<String, DatasetInfo> loaded = datasetMap();
        for (String name : Baseline.DATASETS) {
            DatasetInfo info = loaded.get(name);
            if (info == null
                    || (info.origin().equals("baseline") && !info.contentHash().equals(Baseline.bundledHash(name)))) {
                return true; // the manifest's hash, as loadBaselineIfNeeded compares: no megabytes hashed per read
            }
        }
        DatasetInfo curated = loaded.get(Datasets.CURATED);
        BundledState bundled = bundled();
        if (curated == null || !curated.contentHash().equals(bundled.curatedHash())) {
            return true;
        }
        if (!readSources().containsAll(reference.sources())) {
            return true;
        }
        return !curatedHashes().equals(bundled.documentHashes());
    }

    /**
     * The version of the knowledge the file holds: a count of the write transactions since the file was created, and a
     * random token drawn anew by each of them (table {@code knowledge_version}). A reader compares it with the one it
     * read before to learn whether anything (this process or another) changed the file since, without reading the
     * snapshot; an open that changes nothing leaves it as it was.
     *
     * @return the version
     * @throws StoreException on a database failure
     */
    public KnowledgeVersion knowledgeVersion() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, token FROM knowledge_version")) {
            if (!rows.next()) {
                throw new StoreException("the knowledge_version table of " + path + " is empty.", null);
            }
            return new KnowledgeVersion(rows.getLong(1), rows.getString(2));
        } catch (SQLException e) {
            throw new StoreException("cannot read the knowledge version of " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The version of the knowledge a file holds ({@link #knowledgeVersion()}).
     *
     * @param writes the number of write transactions since the file was created (or since schema version 6)
     * @param token a random token, drawn anew by every write, so that two files, or two copies of one file, that
     *     reached the same count by different writes differ
     */
    public record KnowledgeVersion(long writes, String token) {
        public KnowledgeVersion {
            Objects.requireNonNull(token, "token");
        }
    }

    /** @return the database file */
    public Path path() {
        return path;
    }

    /** @return the reference data this store resolves ids against */
    public ReferenceData reference() {
        return reference;
    }

    private void loadBaselineIfNeeded() throws SQLException {
        Map<String, DatasetInfo> loaded = datasetMap();
        for (DatasetInfo info : loaded.values()) {
            if (info.origin().equals("baseline")
                    && !Baseline.DATASETS.contains(info.name())
                    && !info.name().equals(Datasets.CURATED)) {
                delete(info.name());
            }
        }
        for (String name : Baseline.DATASETS) {
            String hash = Baseline.bundledHash(name);
            DatasetInfo info = loaded.get(name);
            if (info == null
                    || (info.origin().equals("baseline") && !info.contentHash().equals(hash))) {
                List<Source> sources = List.of(reference.source(Baseline.sourceOf(name)));
                write(
                        name,
                        "baseline",
                        "bundled baseline " + Baseline.fileOf(name),
                        hash,
                        sources,
                        Baseline.bundled(name));
            }
        }
        BundledState bundled = bundled();
        ImportedDataset curated = bundled.curated();
        String curatedHash = bundled.curatedHash();
        DatasetInfo info = loaded.get(Datasets.CURATED);
        if (info == null || !info.contentHash().equals(curatedHash)) {
            write(
                    Datasets.CURATED,
                    "baseline",
                    "bundled curated-observations.yaml",
                    curatedHash,
                    curated.sources(),
                    curated.observations());
        }
        List<Source> referenceSources = reference.sources();
        if (!readSources().containsAll(referenceSources)) {
            writeSources(referenceSources); // only when they changed: an open that changes nothing writes nothing
        }
        Map<String, String> held = curatedHashes();
        for (Map.Entry<String, BundledDocument> document : bundled.documents().entrySet()) {
            if (!document.getValue().hash().equals(held.get(document.getKey()))) {
                writeDocument(
                        document.getKey(),
                        document.getValue().text(),
                        document.getValue().hash());
            }
        }
    }

    /** Removes a dataset the bundled baseline no longer has (renamed or retired), all or nothing. */
    @SuppressWarnings("NullAway") // SqlWork<Void>: null is the only value of Void
    private void delete(String name) {
        transaction(c -> {
            for (String sql :
                    List.of("DELETE FROM observation WHERE dataset = ?", "DELETE FROM dataset WHERE name = ?")) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    delete.setString(1, name);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    private Map<String, String> curatedHashes() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, content_hash FROM curated_document")) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getString(2));
            }
        }
        return out;
    }

    @SuppressWarnings("NullAway") // SqlWork<Void>: null is the only value of Void
    private void writeDocument(String name, String text, String hash) {
        transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM curated_document WHERE name = ?");
                    PreparedStatement insert =
                            c.prepareStatement("INSERT INTO curated_document VALUES (?, ?, ?, current_timestamp)")) {
                delete.setString(1, name);
                delete.executeUpdate();
                insert.setString(1, name);
                insert.setString(2, text);
                insert.setString(3, hash);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private String document(String name) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT content FROM curated_document WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("the curated document " + name + " is missing from " + path + ".", null);
                }
                return rows.getString(1);
            }
        }
    }

    /**
     * Writes an imported dataset, replacing any earlier load of the same dataset, all or nothing.
     *
     * @param dataset the dataset; it must have no errors
     * @param location where it was read from, for the record
     * @throws IllegalArgumentException if the dataset's report has errors
     * @throws StoreException if writing fails (nothing is changed)
     */
    public void importDataset(ImportedDataset dataset, String location) {
        if (dataset.report().hasErrors()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has "
                    + dataset.report().errors().size() + " errors and must not be written.");
        }
        write(
                dataset.name(),
                "import",
                location,
                Sha256.hex(Baseline.render(dataset.observations())),
                dataset.sources(),
                dataset.observations());
    }

    @SuppressWarnings("NullAway") // SqlWork<Void>: null is the only value of Void
    private void write(
            String name, String origin, String location, String hash, List<Source> sources, List<Observation> rows) {
        transaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM observation WHERE dataset = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM dataset WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            upsertSources(c, sources);
            try (DuckDBAppender appender =
                    c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "observation")) {
                for (Observation row : rows) {
                    append(appender, name, row);
                }
            }
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO dataset VALUES (?, ?, ?, current_timestamp, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, origin);
                insert.setString(3, hash);
                insert.setInt(4, rows.size());
                insert.setString(5, location);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @SuppressWarnings("NullAway") // SqlWork<Void>: null is the only value of Void
    private void writeSources(List<Source> sources) {
        transaction(c -> {
            upsertSources(c, sources);
            return null;
        });
    }

    private static void upsertSources(java.sql.Connection connection, List<Source> sources) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM source WHERE id = ?");
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO source (id, publisher, title, url, doi, published,"
                                + " licence, attribution, tier, edition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source source : sources) {
                delete.setString(1, source.id().value());
                delete.executeUpdate();
                insert.setString(1, source.id().value());
                insert.setString(2, source.publisher());
                insert.setString(3, source.title());
                insert.setString(4, source.url().orElse(null));
                insert.setString(5, source.doi().orElse(null));
                insert.setDate(6, source.published().map(Date::valueOf).orElse(null));
                insert.setString(7, source.licence());
                insert.setString(8, source.attribution());
                insert.setString(9, source.tier().id());
                insert.setString(10, source.edition().map(Edition::id).orElse(null));
                insert.executeUpdate();
            }
        }
    }

    private static void append(DuckDBAppender appender, String dataset, Observation row) throws SQLException {
        appender.beginRow();
        appender.append(dataset);
        appender.append(row.mineral().value());
        appender.append(row.stage().map(Stage::id).orElse(null));
        appender.append(row.area().code());
        appender.append(row.period().startYear());
        appender.append(row.period().endYear());
        appender.append(row.metric().id());
        appender.append(row.series());
        appender.append(row.basis().id());
        if (row.quantity().isPresent()) {
            appender.append(row.quantity().get().value());
            appender.append(row.quantity().get().unit().name());
        } else {
            appender.appendNull();
            appender.appendNull();
        }
        appender.append(row.flags().stream().map(Flag::id).sorted().collect(Collectors.joining(";")));
        appender.append(row.raw());
        appender.append(row.note());
        appender.append(row.provenance().source().value());
        appender.append(row.provenance().locator());
        appender.append(row.provenance().method().id());
        appender.append(row.importer().map(Area::code).orElse(null));
        appender.endRow();
    }

    /**
     * A loaded dataset.
     *
     * @param name dataset name
     * @param origin "baseline" or "import"
     * @param contentHash SHA-256 of its normalised observations
     * @param rows number of observations
     * @param location where it was loaded from
     */
    public record DatasetInfo(String name, String origin, String contentHash, int rows, String location) {}

    /** @return the loaded datasets, by name */
    public List<DatasetInfo> datasets() {
        try {
            return List.copyOf(datasetMap().values());
        } catch (SQLException e) {
            throw new StoreException("cannot read the dataset table: " + e.getMessage(), e);
        }
    }

    private Map<String, DatasetInfo> datasetMap() throws SQLException {
        Map<String, DatasetInfo> out = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name, origin, content_hash, row_count, location FROM dataset ORDER BY name")) {
            while (rows.next()) {
                out.put(
                        rows.getString(1),
                        new DatasetInfo(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getInt(4),
                                rows.getString(5)));
            }
        }
        return out;
    }

    /** @return the number of observations held */
    public long observationCount() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM observation")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count observations: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the knowledge base into memory as the views see it by default: the latest edition of each data year
     * ({@link EditionChoice#latest()}).
     *
     * @return the snapshot
     */
    public KnowledgeSnapshot snapshot() {
        return snapshot(EditionChoice.latest());
    }

    /**
     * Reads the knowledge base into memory with a choice of editions.
     *
     * @param editions which editions of recurring publications to show ({@link EditionChoice#all()} for every one)
     * @return the snapshot
     * @throws IllegalArgumentException if the choice names an edition the store does not hold
     */
    public KnowledgeSnapshot snapshot(EditionChoice editions) {
        Objects.requireNonNull(editions, "editions");
        try {
            PolicyRecordsReader reader = new PolicyRecordsReader(reference);
            PolicyRecordsReader.Result curated = reader.read(
                    document(PolicyRecordsReader.MEASURES),
                    document(PolicyRecordsReader.AGREEMENTS),
                    document(PolicyRecordsReader.BUFFERS));
            if (curated.report().hasErrors()) {
                throw new StoreException(
                        "the curated records in " + path + " have errors: "
                                + curated.report().errors(),
                        null);
            }
            // Drafts with errors (say, an id a newer release now uses) are left out; `lodestone review` lists them.
            PolicyRecordsReader.Result policy = reader.withDrafts(curated.records(), promotedDrafts());
            Map<SourceId, Source> sources = new TreeMap<>();
            readSources().forEach(source -> sources.put(source.id(), source));
            policy.records().sources().forEach(source -> sources.putIfAbsent(source.id(), source));
            return editions.apply(new KnowledgeSnapshot(
                    reference.minerals(),
                    reference.countries(),
                    reference.lists(),
                    sources.values(),
                    readObservations(),
                    policy.records()));
        } catch (SQLException e) {
            throw new StoreException("cannot read the knowledge base: " + e.getMessage(), e);
        }
    }

    private List<Source> readSources() throws SQLException {
        List<Source> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, publisher, title, url, doi, published, licence,"
                        + " attribution, tier, edition FROM source ORDER BY id")) {
            while (rows.next()) {
                Date published = rows.getDate(6);
                out.add(new Source(
                        SourceId.of(rows.getString(1)),
                        rows.getString(2),
                        rows.getString(3),
                        Optional.ofNullable(rows.getString(4)),
                        Optional.ofNullable(rows.getString(5)),
                        Optional.ofNullable(published).map(Date::toLocalDate),
                        rows.getString(7),
                        rows.getString(8),
                        SourceTier.parse(rows.getString(9)),
                        Optional.ofNullable(rows.getString(10)).map(Edition::parse)));
            }
        }
        return out;
    }

    /**
     * Reads every observation. Values that repeat across rows (areas, sources, flag sets, stages) are parsed once per
     * distinct text and shared, which keeps the cold read of tens of thousands of rows fast.
     */
    private List<Observation> readObservations() throws SQLException {
        List<Observation> out = new ArrayList<>();
        Map<String, Area> areas = new HashMap<>();
        Map<String, SourceId> sourceIds = new HashMap<>();
        Map<String, Set<Flag>> flagSets = new HashMap<>();
        Map<String, MineralId> minerals = new HashMap<>();
        Map<String, Metric> metrics = new HashMap<>();
        Map<String, Optional<Stage>> stages = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT mineral, stage, area, period_start, period_end, metric,"
                        + " series, basis, value, unit, flags, raw, note, source, locator, method, importer"
                        + " FROM observation")) {
            while (rows.next()) {
                double value = rows.getDouble(9);
                boolean hasValue = !rows.wasNull();
                String stage = rows.getString(2);
                String importer = rows.getString(17);
                out.add(new Observation(
                        minerals.computeIfAbsent(rows.getString(1), MineralId::of),
                        stage == null
                                ? Optional.empty()
                                : stages.computeIfAbsent(stage, s -> Optional.of(Stage.parse(s))),
                        areas.computeIfAbsent(rows.getString(3), Area::parse),
                        Period.range(rows.getInt(4), rows.getInt(5)),
                        metrics.computeIfAbsent(rows.getString(6), Metric::parse),
                        rows.getString(7),
                        Basis.parse(rows.getString(8)),
                        hasValue ? Optional.of(Quantity.of(value, Unit.valueOf(rows.getString(10)))) : Optional.empty(),
                        flagSets.computeIfAbsent(rows.getString(11), LodestoneStore::flags),
                        rows.getString(12),
                        rows.getString(13),
                        new Provenance(
                                sourceIds.computeIfAbsent(rows.getString(14), SourceId::of),
                                rows.getString(15),
                                Method.parse(rows.getString(16))),
                        importer == null
                                ? Optional.empty()
                                : Optional.of(areas.computeIfAbsent(importer, Area::parse))));
            }
        }
        return out;
    }

    private static Set<Flag> flags(String text) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String flag : text.split(";", -1)) {
            if (!flag.isEmpty()) {
                flags.add(Flag.parse(flag));
            }
        }
        return Set.copyOf(flags);
    }

    /**
     * The drafts promoted from news by `lodestone review promote` (table {@code news_review}, schema version 4), as
     * documents for the curated reader; the snapshot keeps them apart from the curated records.
     *
     * @return the drafts, oldest decision first
     */
    public List<DraftDocument> promotedDrafts() {
        return read(connection -> {
            List<DraftDocument> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT record_id, draft, article_id, span_start, span_end, reviewed_on FROM news_review"
                            + " WHERE action = ? ORDER BY reviewed_on, article_id, span_start")) {
                select.setString(1, DraftDocument.PROMOTED);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(new DraftDocument(
                                DraftDocument.nameOf(rows.getString(1)),
                                rows.getString(2),
                                new DraftOrigin(
                                        rows.getString(3),
                                        rows.getInt(4),
                                        rows.getInt(5),
                                        rows.getDate(6).toLocalDate())));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Runs work that writes in one transaction: committed if it returns, rolled back if it throws. On a store opened to
     * write, the commit also marks the knowledge as changed ({@link #knowledgeVersion()}), so that a snapshot read
     * before is read again; work that only reads goes through {@link #read(SqlWork)}.
     *
     * @param work the work
     * @param <T> its result
     * @return the result
     * @throws StoreException if the work fails with an SQL error (nothing is changed)
     */
    public <T> T transaction(SqlWork<T> work) {
        return inTransaction(work, !readOnly);
    }

    /**
     * Runs work that only reads in one transaction, so that its statements see one state of the file; it leaves the
     * {@link #knowledgeVersion()} as it was.
     *
     * @param work the work; it must not write
     * @param <T> its result
     * @return the result
     * @throws StoreException if the work fails with an SQL error
     */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean write) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                if (write) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(Migrations.BUMP_VERSION);
                    }
                }
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("a transaction on " + path + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + path + ": " + e.getMessage(), e);
        }
    }
}
