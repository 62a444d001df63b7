package lodestone.app.server;

import java.time.Duration;
import java.util.List;

/**
 * Every bound the server enforces, with its default. {@code docs/security.md} lists them with their flags; each is
 * named in the problem document a client gets when it passes it.
 *
 * @param maxBodyBytes the largest request body, in bytes ({@code --max-body-bytes}, default 1,000,000)
 * @param checkTimeout the longest a check (fetch, cleaning, extraction, reconciliation) may take before the client is
 *     answered 503 ({@code --check-timeout}, default 15 s)
 * @param fetchTimeout the longest a URL fetch of a check may take, all redirects included (default 10 s)
 * @param fetchMaxBytes the largest page a check fetches, in bytes (default 2 MiB)
 * @param checkMaxChars the longest article text a check reads, in characters after HTML cleaning
 *     ({@code --check-max-chars}, default 200,000)
 * @param checkMaxLineCost the largest sum over the article's lines of the squared line length, in characters
 *     squared ({@code --check-max-line-cost}, default 100,000,000): today's extractor's cost grows with the square of
 *     a sentence's length, so this bounds its work; raise it when the extractor is linear
 * @param checkWorkers threads that run checks at once ({@code --check-workers}, default 1)
 * @param checkQueue checks that may wait for a worker; more are answered 503 ({@code --check-queue}, default 4)
 * @param jobThreads the background budget: threads that all background work together (scenario runs, plans, article
 *     checks, the engine's and the planner's own worker threads included) may keep busy at once ({@code
 *     --job-threads}, default the machine's cores minus one, at least 1), so that reads keep a core
 * @param jobQueue scenario runs that may wait; more are answered 503 ({@code --job-queue}, default 8)
 * @param jobsPerClient runs one client address may have queued or running at once; more are answered 429
 *     ({@code --jobs-per-client}, default 2)
 * @param maxRunCells the largest run, as paths × months × markets ({@code --max-run-cells}, default derived from the
 *     heap: a quarter of the maximum heap divided by {@value #BYTES_PER_CELL} bytes per cell)
 * @param resultTtl how long a finished run is kept for its client to read ({@code --result-ttl}, default 1 h)
 * @param maxKeptResults the most finished runs kept at once, oldest dropped first (default 200)
 * @param pageWait the longest the scenario page waits for its run before answering with the job's address (default
 *     30 s)
 * @param cacheMaxBytes the estimated size of the response cache ({@code --cache-mb}, default 64 MiB)
 * @param failedTokenLimit failed bearer-token attempts one client address may make per minute before it is answered
 *     429 until the minute ends (default 10)
 * @param idleTimeout the longest a connection may stay silent, headers and body included ({@code --idle-timeout},
 *     default 10 s)
 * @param allowedHosts host names accepted in the {@code Host} header besides the bound address and the loopback names
 *     ({@code --allowed-host}, repeatable)
 */
public record ServerLimits(
        long maxBodyBytes,
        Duration checkTimeout,
        Duration fetchTimeout,
        long fetchMaxBytes,
        int checkMaxChars,
        long checkMaxLineCost,
        int checkWorkers,
        int checkQueue,
        int jobThreads,
        int jobQueue,
        int jobsPerClient,
        long maxRunCells,
        Duration resultTtl,
        int maxKeptResults,
        Duration pageWait,
        long cacheMaxBytes,
        int failedTokenLimit,
        Duration idleTimeout,
        List<String> allowedHosts) {

    /** Memory the engine needs per path-month: a shortfall and a price, 8 bytes each. */
    public static final int BYTES_PER_CELL = 16;

    /** The defaults, with the run ceiling derived from this JVM's maximum heap. */
    public static final ServerLimits DEFAULT = new ServerLimits(
            1_000_000,
            Duration.ofSeconds(15),
            Duration.ofSeconds(10),
            2L * 1024 * 1024,
            200_000,
            100_000_000L,
            1,
            4,
            defaultJobThreads(Runtime.getRuntime().availableProcessors()),
            8,
            2,
            cellsForHeap(Runtime.getRuntime().maxMemory()),
            Duration.ofHours(1),
            200,
            Duration.ofSeconds(30),
            64L * 1024 * 1024,
            10,
            Duration.ofSeconds(10),
            List.of());

    public ServerLimits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("checkTimeout", checkTimeout.toMillis());
        positive("fetchTimeout", fetchTimeout.toMillis());
        positive("fetchMaxBytes", fetchMaxBytes);
        positive("checkMaxChars", checkMaxChars);
        positive("checkMaxLineCost", checkMaxLineCost);
        positive("checkWorkers", checkWorkers);
        if (checkQueue < 0) {
            throw new IllegalArgumentException("checkQueue (" + checkQueue + ") must be at least 0.");
        }
        positive("jobThreads", jobThreads);
        positive("jobQueue", jobQueue);
        positive("jobsPerClient", jobsPerClient);
        positive("maxRunCells", maxRunCells);
        positive("resultTtl", resultTtl.toSeconds());
        positive("maxKeptResults", maxKeptResults);
        positive("pageWait", pageWait.toMillis());
        positive("cacheMaxBytes", cacheMaxBytes);
        positive("failedTokenLimit", failedTokenLimit);
        positive("idleTimeout", idleTimeout.toMillis());
        allowedHosts = List.copyOf(allowedHosts);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " (" + value + ") must be at least 1.");
        }
    }

    /**
     * @param cores the machine's cores (the JVM's available processors)
     * @return the default background budget: every core but one, at least 1
     */
    public static int defaultJobThreads(int cores) {
        return Math.max(1, cores - 1);
    }

    /**
     * @param maxHeapBytes the JVM's maximum heap, in bytes
     * @return the run ceiling in paths × months × markets that keeps one run's buffers within a quarter of it
     */
    public static long cellsForHeap(long maxHeapBytes) {
        return Math.max(1, maxHeapBytes / 4 / BYTES_PER_CELL);
    }

    /** @return a builder starting from these limits */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some limits of a copy; the record's constructor checks the result. */
    public static final class Builder {
        private long maxBodyBytes;
        private Duration checkTimeout;
        private Duration fetchTimeout;
        private long fetchMaxBytes;
        private int checkMaxChars;
        private long checkMaxLineCost;
        private int checkWorkers;
        private int checkQueue;
        private int jobThreads;
        private int jobQueue;
        private int jobsPerClient;
        private long maxRunCells;
        private Duration resultTtl;
        private int maxKeptResults;
        private Duration pageWait;
        private long cacheMaxBytes;
        private int failedTokenLimit;
        private Duration idleTimeout;
        private List<String> allowedHosts;

        private Builder(ServerLimits from) {
            maxBodyBytes = from.maxBodyBytes;
            checkTimeout = from.checkTimeout;
            fetchTimeout = from.fetchTimeout;
            fetchMaxBytes = from.fetchMaxBytes;
            checkMaxChars = from.checkMaxChars;
            checkMaxLineCost = from.checkMaxLineCost;
            checkWorkers = from.checkWorkers;
            checkQueue = from.checkQueue;
            jobThreads = from.jobThreads;
            jobQueue = from.jobQueue;
            jobsPerClient = from.jobsPerClient;
            maxRunCells = from.maxRunCells;
            resultTtl = from.resultTtl;
            maxKeptResults = from.maxKeptResults;
            pageWait = from.pageWait;
            cacheMaxBytes = from.cacheMaxBytes;
            failedTokenLimit = from.failedTokenLimit;
            idleTimeout = from.idleTimeout;
            allowedHosts = from.allowedHosts;
        }

        /**
         * @param value see {@link ServerLimits#maxBodyBytes}
         * @return this
         */
        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#checkTimeout}
         * @return this
         */
        public Builder checkTimeout(Duration value) {
            checkTimeout = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#fetchTimeout}
         * @return this
         */
        public Builder fetchTimeout(Duration value) {
            fetchTimeout = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#fetchMaxBytes}
         * @return this
         */
        public Builder fetchMaxBytes(long value) {
            fetchMaxBytes = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#checkMaxChars}
         * @return this
         */
        public Builder checkMaxChars(int value) {
            checkMaxChars = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#checkMaxLineCost}
         * @return this
         */
        public Builder checkMaxLineCost(long value) {
            checkMaxLineCost = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#checkWorkers}
         * @return this
         */
        public Builder checkWorkers(int value) {
            checkWorkers = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#checkQueue}
         * @return this
         */
        public Builder checkQueue(int value) {
            checkQueue = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#jobThreads}
         * @return this builder
         */
        public Builder jobThreads(int value) {
            jobThreads = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#jobQueue}
         * @return this
         */
        public Builder jobQueue(int value) {
            jobQueue = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#jobsPerClient}
         * @return this
         */
        public Builder jobsPerClient(int value) {
            jobsPerClient = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#maxRunCells}
         * @return this
         */
        public Builder maxRunCells(long value) {
            maxRunCells = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#resultTtl}
         * @return this
         */
        public Builder resultTtl(Duration value) {
            resultTtl = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#maxKeptResults}
         * @return this
         */
        public Builder maxKeptResults(int value) {
            maxKeptResults = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#pageWait}
         * @return this
         */
        public Builder pageWait(Duration value) {
            pageWait = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#cacheMaxBytes}
         * @return this
         */
        public Builder cacheMaxBytes(long value) {
            cacheMaxBytes = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#failedTokenLimit}
         * @return this
         */
        public Builder failedTokenLimit(int value) {
            failedTokenLimit = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#idleTimeout}
         * @return this
         */
        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        /**
         * @param value see {@link ServerLimits#allowedHosts}
         * @return this
         */
        public Builder allowedHosts(List<String> value) {
            allowedHosts = value;
            return this;
        }

        /** @return the limits */
        public ServerLimits build() {
            return new ServerLimits(
                    maxBodyBytes,
                    checkTimeout,
                    fetchTimeout,
                    fetchMaxBytes,
                    checkMaxChars,
                    checkMaxLineCost,
                    checkWorkers,
                    checkQueue,
                    jobThreads,
                    jobQueue,
                    jobsPerClient,
                    maxRunCells,
                    resultTtl,
                    maxKeptResults,
                    pageWait,
                    cacheMaxBytes,
                    failedTokenLimit,
                    idleTimeout,
                    allowedHosts);
        }
    }
}
