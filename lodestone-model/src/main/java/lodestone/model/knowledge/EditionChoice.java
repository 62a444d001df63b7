package lodestone.model.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;

/**
 * Which editions of a recurring publication (USGS MCS 2025, MCS 2026, ...) a snapshot shows. The store keeps every
 * edition, revisions included; a choice selects what analytics and views see. Observations whose source is not an
 * edition, and editions of other series, are never touched.
 *
 * <ul>
 *   <li>{@link #latest()}, the default: for each mineral, metric, stage, basis and data year, the observations of the
 *       newest edition that has any for them. The newest edition thereby replaces the data years it revises (2024 from
 *       MCS 2026, not MCS 2025), and data years only an older edition covers stay visible (2020 from MCS 2025; world
 *       production of 2023, which MCS 2026 no longer tabulates, although it still gives U.S. salient statistics of 2023,
 *       whose basis is unspecified). Multi-year periods (import sources 2020–23 and 2021–24) count as one data year, so
 *       the newest edition's period replaces the older one.
 *   <li>{@link #only(Edition)}: that edition alone, for its series.
 *   <li>{@link #all()}: every edition side by side (for comparing editions; views would show revisions twice).
 * </ul>
 */
public sealed interface EditionChoice {

    /** @return the default choice: the newest edition per mineral, metric, stage, basis and data year */
    static EditionChoice latest() {
        return Latest.INSTANCE;
    }

    /** @return every edition side by side */
    static EditionChoice all() {
        return All.INSTANCE;
    }

    /**
     * @param edition the edition to show
     * @return a choice of that edition alone for its series
     */
    static EditionChoice only(Edition edition) {
        return new Only(edition);
    }

    /**
     * @param text {@code latest}, {@code all} or an edition id such as {@code mcs-2025}
     * @return the choice
     * @throws IllegalArgumentException if the text is none of them
     */
    static EditionChoice parse(String text) {
        String key = Objects.requireNonNull(text, "text").trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "latest" -> latest();
            case "all" -> all();
            default -> only(Edition.parse(key));
        };
    }

    /**
     * @param snapshot a snapshot holding any editions
     * @return the snapshot with the chosen observations only (same catalogue, sources, lists and policy records)
     * @throws IllegalArgumentException if the choice names an edition the snapshot does not hold
     */
    KnowledgeSnapshot apply(KnowledgeSnapshot snapshot);

    /** @return a short description for output, e.g. "latest edition" or "edition mcs-2025" */
    String description();

    /**
     * @param snapshot a snapshot
     * @return the editions that its observations cite, in order
     */
    static SortedSet<Edition> present(KnowledgeSnapshot snapshot) {
        Map<SourceId, Edition> editions = editions(snapshot);
        return snapshot.observations().stream()
                .map(o -> editions.get(o.provenance().source()))
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<SourceId, Edition> editions(KnowledgeSnapshot snapshot) {
        Map<SourceId, Edition> out = new HashMap<>();
        for (Source source : snapshot.sources()) {
            source.edition().ifPresent(edition -> out.put(source.id(), edition));
        }
        return out;
    }

    private static KnowledgeSnapshot with(KnowledgeSnapshot snapshot, List<Observation> observations) {
        return new KnowledgeSnapshot(
                snapshot.minerals(),
                snapshot.countries(),
                snapshot.lists(),
                snapshot.sources(),
                observations,
                snapshot.policy());
    }

    /** The newest edition per mineral, metric, stage, basis and data year. */
    enum Latest implements EditionChoice {
        INSTANCE;

        /** What one edition may revise in another: a data year (or "a multi-year period") of one series. */
        private record Key(
                String series, MineralId mineral, Metric metric, Optional<Stage> stage, Basis basis, int year) {
            static Key of(Edition edition, Observation o) {
                int year = o.period().isYear() ? o.period().startYear() : -1;
                return new Key(edition.series(), o.mineral(), o.metric(), o.stage(), o.basis(), year);
            }
        }

        @Override
        public KnowledgeSnapshot apply(KnowledgeSnapshot snapshot) {
            Map<SourceId, Edition> editions = editions(snapshot);
            if (editions.isEmpty()) {
                return snapshot;
            }
            Map<Key, Edition> newest = new HashMap<>();
            for (Observation o : snapshot.observations()) {
                Edition edition = editions.get(o.provenance().source());
                if (edition != null) {
                    newest.merge(Key.of(edition, o), edition, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
            List<Observation> kept = new ArrayList<>(snapshot.observations().size());
            boolean dropped = false;
            for (Observation o : snapshot.observations()) {
                Edition edition = editions.get(o.provenance().source());
                if (edition == null || edition.equals(newest.get(Key.of(edition, o)))) {
                    kept.add(o);
                } else {
                    dropped = true;
                }
            }
            return dropped ? with(snapshot, kept) : snapshot;
        }

        @Override
        public String description() {
            return "latest edition of each data year";
        }
    }

    /** Every edition. */
    enum All implements EditionChoice {
        INSTANCE;

        @Override
        public KnowledgeSnapshot apply(KnowledgeSnapshot snapshot) {
            return snapshot;
        }

        @Override
        public String description() {
            return "all editions side by side";
        }
    }

    /**
     * One edition for its series; other series and sources without an edition untouched.
     *
     * @param edition the edition
     */
    record Only(Edition edition) implements EditionChoice {
        @Override
        public KnowledgeSnapshot apply(KnowledgeSnapshot snapshot) {
            SortedSet<Edition> present = present(snapshot);
            if (!present.contains(edition)) {
                throw new IllegalArgumentException("edition (" + edition + ") is not in the knowledge base; it holds "
                        + (present.isEmpty()
                                ? "no edition of a recurring publication"
                                : present.stream().map(Edition::id).collect(Collectors.joining(", ")))
                        + ".\nMaybe import that edition first (lodestone import usgs-mcs <folder>).");
            }
            Map<SourceId, Edition> editions = editions(snapshot);
            List<Observation> kept = snapshot.observations().stream()
                    .filter(o -> {
                        Edition cited = editions.get(o.provenance().source());
                        return cited == null || !cited.sameSeries(edition) || cited.equals(edition);
                    })
                    .toList();
            return with(snapshot, kept);
        }

        @Override
        public String description() {
            return "edition " + edition.id();
        }
    }
}
