package lodestone.store.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge read from database files, kept in memory while a file is unchanged: a command or request that opens a
 * store it read before gets the same immutable {@link KnowledgeSnapshot} without reading the observations and the
 * curated records again.
 *
 * <p>An entry is the knowledge of one file (by its canonical path) with every edition side by side, the {@link
 * LodestoneStore#knowledgeVersion() knowledge version} the file had when it was read, and the edition choices taken
 * from it so far. Each read asks the open store for its version (one row) first; an entry read at another version is
 * read again. Every write transaction of the store changes the version (imports, review decisions, stored news, the
 * bundled baseline loaded at an open, migrations), in this process or another, so a cached snapshot is never stale.
 *
 * <p>The cache holds the few files read last (least recently used first out) and is safe for threads: two threads that
 * miss at once both read, and the last one keeps its snapshot. Nothing that depends on the clock is cached.
 */
public final class KnowledgeCache {
    /** The number of database files the {@linkplain #shared() shared} cache keeps. */
    public static final int SHARED_CAPACITY = 4;

    private static final KnowledgeCache SHARED = new KnowledgeCache(SHARED_CAPACITY);

    private final int capacity;
    private final Map<Path, Entry> entries;

    /**
     * @param capacity the number of database files to keep, at least 1
     * @throws IllegalArgumentException if the capacity is below 1
     */
    public KnowledgeCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity (" + capacity + ") must be at least 1.");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    /** @return the cache the JVM's commands and server share */
    public static KnowledgeCache shared() {
        return SHARED;
    }

    /**
     * The knowledge the open store holds, with a choice of editions, from the cache if the file has not changed since
     * it was read.
     *
     * @param store an open store (read-only or to write)
     * @param editions which editions of recurring publications to show
     * @return the snapshot, the same instance as long as the file is unchanged
     * @throws IllegalArgumentException if the choice names an edition the store does not hold
     * @throws StoreException if the store cannot be read
     */
    public KnowledgeSnapshot snapshot(LodestoneStore store, EditionChoice editions) {
        Objects.requireNonNull(editions, "editions");
        Path key = canonical(store.path());
        LodestoneStore.KnowledgeVersion version = store.knowledgeVersion();
        Entry entry = entry(key, version);
        if (entry == null) {
            // read outside the lock: other files, and readers of this one, do not wait for it
            entry = new Entry(version, store.snapshot(EditionChoice.all()));
            keep(key, entry);
        }
        return entry.choose(editions);
    }

    private synchronized @Nullable Entry entry(Path key, LodestoneStore.KnowledgeVersion version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version().equals(version) ? entry : null;
    }

    /** @return the number of database files held */
    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every file read. */
    public synchronized void clear() {
        entries.clear();
    }

    private synchronized void keep(Path key, Entry entry) {
        entries.put(key, entry);
        while (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next()); // the least recently used
        }
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            // the store holds the file open, so it exists; a path that cannot be resolved keys by its absolute form
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * The knowledge of one file.
     *
     * @param version the knowledge version the file had when it was read
     * @param everyEdition the knowledge with every edition side by side
     * @param chosen the edition choices taken from it so far
     */
    private record Entry(
            LodestoneStore.KnowledgeVersion version,
            KnowledgeSnapshot everyEdition,
            Map<EditionChoice, KnowledgeSnapshot> chosen) {
        Entry(LodestoneStore.KnowledgeVersion version, KnowledgeSnapshot everyEdition) {
            this(version, everyEdition, new ConcurrentHashMap<>());
        }

        /** As {@link LodestoneStore#snapshot(EditionChoice)}, which applies the choice to every edition read. */
        KnowledgeSnapshot choose(EditionChoice editions) {
            KnowledgeSnapshot found = chosen.get(editions);
            if (found == null) {
                found = editions.apply(everyEdition);
                KnowledgeSnapshot kept = chosen.putIfAbsent(editions, found);
                return kept == null ? found : kept;
            }
            return found;
        }
    }
}
