package lodestone.app.server;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import lodestone.model.knowledge.KnowledgeSnapshot;

/**
 * The snapshot the server answers from, and a cache of rendered responses. The snapshot is immutable, so a response
 * computed once stays right until {@link #refresh} replaces the snapshot (after an import) and clears the cache.
 */
final class Knowledge {
    private final Supplier<KnowledgeSnapshot> loader;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private volatile KnowledgeSnapshot snapshot;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    Knowledge(Supplier<KnowledgeSnapshot> loader, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.json = Objects.requireNonNull(json, "json");
        this.snapshot = loader.get();
    }

    KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    /** Reloads the snapshot from the store and forgets every cached response. */
    synchronized void refresh() {
        snapshot = loader.get();
        cache.clear();
    }

    /**
     * The response serialised once: hot read endpoints answer with the cached bytes.
     *
     * @param key what identifies the response
     * @param compute computes the response object from the snapshot
     * @return the JSON bytes
     */
    byte[] cachedJson(String key, Function<KnowledgeSnapshot, Object> compute) {
        return cached("json:" + key, snapshot -> {
            try {
                return json.writeValueAsBytes(compute.apply(snapshot));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + key + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * @param key what identifies the response (path and parameters)
     * @param compute computes it from the snapshot
     * @param <T> the response type
     * @return the cached or computed response
     */
    @SuppressWarnings("unchecked")
    <T> T cached(String key, Function<KnowledgeSnapshot, T> compute) {
        KnowledgeSnapshot current = snapshot;
        return (T) cache.computeIfAbsent(key, k -> compute.apply(current));
    }
}
