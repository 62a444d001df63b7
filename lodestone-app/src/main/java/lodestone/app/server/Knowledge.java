package lodestone.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import java.util.function.Supplier;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ReportContext;

/**
 * The snapshot the server answers from, and a bounded cache of rendered responses. The snapshot is immutable, so a
 * response computed once stays right until {@link #refresh} replaces the snapshot (after an import) together with a
 * new, empty cache; a computation that started on the old snapshot can only fill the old cache.
 *
 * <p>The cache is a Caffeine cache bounded by an estimated weight in bytes: serialised responses weigh their length,
 * other rendered models (page models) a fixed {@value #MODEL_WEIGHT_BYTES} bytes each. Whatever the number of distinct
 * keys clients ask for (every {@code from}/{@code to} pair of the outlook, say), the cache holds at most its bound and
 * evicts the least valuable entries (Caffeine's W-TinyLFU policy) beyond it.
 */
final class Knowledge {
    /** The weight given to a cached object that is not serialised bytes: a generous estimate of a page model. */
    static final int MODEL_WEIGHT_BYTES = 256 * 1024;

    private final Supplier<KnowledgeSnapshot> loader;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final long maxCacheBytes;
    private volatile State state;

    /**
     * A snapshot and the responses computed from it.
     *
     * @param everyEdition the knowledge as loaded, every edition of the recurring publications side by side
     * @param snapshot the knowledge as queries see it by default, the latest edition of each data year
     * @param cache the responses
     */
    private record State(KnowledgeSnapshot everyEdition, KnowledgeSnapshot snapshot, Cache<String, Object> cache) {
        static State of(KnowledgeSnapshot everyEdition, Cache<String, Object> cache) {
            return new State(everyEdition, EditionChoice.latest().apply(everyEdition), cache);
        }
    }

    Knowledge(
            Supplier<KnowledgeSnapshot> loader, com.fasterxml.jackson.databind.ObjectMapper json, long maxCacheBytes) {
        this.loader = loader;
        this.json = json;
        this.maxCacheBytes = maxCacheBytes;
        this.state = State.of(loader.get(), newCache());
    }

    private Cache<String, Object> newCache() {
        return Caffeine.newBuilder()
                .maximumWeight(maxCacheBytes)
                .weigher((String key, Object value) ->
                        key.length() * 2 + (value instanceof byte[] bytes ? bytes.length : MODEL_WEIGHT_BYTES))
                .build();
    }

    /** @return the knowledge as queries see it by default: the latest edition of each data year */
    KnowledgeSnapshot snapshot() {
        return state.snapshot();
    }

    /**
     * @param today the date taken as today
     * @return what the report layer answers from: the default snapshot, today and every edition side by side
     */
    ReportContext context(java.time.LocalDate today) {
        State current = state;
        return new ReportContext(current.snapshot(), today, current.everyEdition());
    }

    /** Reloads the snapshot from the store and starts an empty cache. */
    synchronized void refresh() {
        state = State.of(loader.get(), newCache());
    }

    /**
     * Replaces the snapshot with one already read (after another process changed the store) and starts an empty
     * cache.
     *
     * @param snapshot the new snapshot
     */
    synchronized void replace(KnowledgeSnapshot snapshot) {
        state = State.of(snapshot, newCache());
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
    <T> T cached(String key, Function<KnowledgeSnapshot, T> compute) {
        return cachedIn(key, current -> compute.apply(current.snapshot()));
    }

    /**
     * A report-layer answer serialised once per snapshot: hot read endpoints answer with the cached bytes.
     *
     * @param key what identifies the answer (the query and the day)
     * @param today the date taken as today
     * @param compute asks the query of the context
     * @return the JSON bytes
     */
    byte[] cachedAnswer(String key, java.time.LocalDate today, Function<ReportContext, Object> compute) {
        return cachedIn("json:" + key, current -> {
            try {
                return json.writeValueAsBytes(
                        compute.apply(new ReportContext(current.snapshot(), today, current.everyEdition())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + key + ": " + e.getMessage(), e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T cachedIn(String key, Function<State, T> compute) {
        State current = state;
        Object hit = current.cache().getIfPresent(key);
        if (hit != null) {
            return (T) hit;
        }
        // computed outside the cache's lock: a slow computation (a scenario page waiting for its run) or one that
        // asks the cache for another key must not hold up other keys; two racing requests may both compute
        T value = compute.apply(current);
        Object kept = current.cache().asMap().putIfAbsent(key, value);
        return kept == null ? value : (T) kept;
    }

    /** @return the cache's current estimated weight in bytes, after pending evictions */
    long cacheWeight() {
        Cache<String, Object> cache = state.cache();
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** @return the number of cached responses, after pending evictions */
    long cacheEntries() {
        Cache<String, Object> cache = state.cache();
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
