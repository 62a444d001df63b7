package lodestone.risk.edition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Dimension;
import lodestone.model.quantity.Unit;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;

/**
 * What a later edition of a publication revised in the data years it shares with an earlier one.
 *
 * <p>Values: two observations are the same figure when they agree in mineral, metric, stage, area, data year, basis and
 * importer; where an edition has several such observations (several series of one metric, such as two kinds of
 * imports), they are paired by the likeness of their series labels (shared words, after spelling out USGS column
 * abbreviations such as {@code USprod} and {@code Consump}) and the rest are counted as unpaired. A pair is a revision
 * when a fraction (share, net import reliance) moved by at least {@link #SHARE_POINTS} (one percentage point) or any
 * other value by at least {@link #RELATIVE} (5 %) of the earlier value.
 *
 * <p>Shares: for every production series and data year both editions give, each named producer's share of world
 * production (by {@link SupplyShareCalculator}, so of the published world total) is compared; a move of at least one
 * percentage point is a revision. Producers listed by one edition only are not compared.
 */
public final class EditionDiff {
    /** The smallest change of a fraction that counts: one percentage point. */
    public static final double SHARE_POINTS = 0.01;
    /** The smallest relative change of another value that counts: 5 %. */
    public static final double RELATIVE = 0.05;

    private EditionDiff() {}

    /**
     * @param from the earlier edition
     * @param to the later edition
     * @param revisions the revisions, by mineral, kind, metric, stage, data year and area
     * @param compared how many figures both editions give
     * @param unpaired how many figures of either edition found no partner (published by one edition only)
     */
    public record Result(Edition from, Edition to, List<Revision> revisions, int compared, int unpaired) {
        public Result {
            revisions = List.copyOf(revisions);
        }
    }

    /**
     * @param snapshot a snapshot holding both editions ({@link EditionChoice#all()})
     * @param from the earlier edition
     * @param to the later edition
     * @param mineral one mineral, or empty for all
     * @return the revisions
     * @throws IllegalArgumentException if the editions are of different series, or either is not in the snapshot
     */
    public static Result compare(KnowledgeSnapshot snapshot, Edition from, Edition to, Optional<MineralId> mineral) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!from.sameSeries(to)) {
            throw new IllegalArgumentException(
                    "editions (" + from + ", " + to + ") must be of one publication series.");
        }
        Set<Edition> present = EditionChoice.present(snapshot);
        for (Edition edition : List.of(from, to)) {
            if (!present.contains(edition)) {
                throw new IllegalArgumentException("edition (" + edition + ") is not in the knowledge base; it holds "
                        + present + ".\nMaybe import it first (lodestone import usgs-mcs <folder>).");
            }
        }
        mineral.ifPresent(snapshot.minerals()::require);
        Set<SourceId> fromSources = sourcesOf(snapshot, from);
        Set<SourceId> toSources = sourcesOf(snapshot, to);
        List<Revision> revisions = new ArrayList<>();
        int[] counts = new int[2];
        compareValues(snapshot, fromSources, toSources, mineral, revisions, counts);
        compareShares(snapshot, from, to, fromSources, toSources, mineral, revisions, counts);
        revisions.sort(Comparator.comparing((Revision r) -> r.mineral().value())
                .thenComparing(Revision::kind)
                .thenComparing(r -> r.metric().id())
                .thenComparing(r -> r.stage().map(Stage::id).orElse(""))
                .thenComparing(Revision::period)
                .thenComparing(r -> r.area().code()));
        return new Result(from, to, revisions, counts[0], counts[1]);
    }

    private static Set<SourceId> sourcesOf(KnowledgeSnapshot snapshot, Edition edition) {
        Set<SourceId> out = new HashSet<>();
        for (Source source : snapshot.sources()) {
            if (source.edition().equals(Optional.of(edition))) {
                out.add(source.id());
            }
        }
        return out;
    }

    /** The fields two observations of one figure share, across editions. */
    private record Key(
            MineralId mineral,
            Metric metric,
            Optional<Stage> stage,
            String area,
            String period,
            String basis,
            Optional<Area> importer) {
        static Key of(Observation o) {
            return new Key(
                    o.mineral(),
                    o.metric(),
                    o.stage(),
                    o.area().code(),
                    o.period().toString(),
                    o.basis().id(),
                    o.importer());
        }
    }

    private static void compareValues(
            KnowledgeSnapshot snapshot,
            Set<SourceId> fromSources,
            Set<SourceId> toSources,
            Optional<MineralId> mineral,
            List<Revision> revisions,
            int[] counts) {
        Map<Key, List<Observation>> before = new LinkedHashMap<>();
        Map<Key, List<Observation>> after = new LinkedHashMap<>();
        List<Observation> observations = mineral.map(snapshot::observations).orElse(snapshot.observations());
        for (Observation o : observations) {
            if (o.quantity().isEmpty()) {
                continue;
            }
            SourceId source = o.provenance().source();
            if (fromSources.contains(source)) {
                before.computeIfAbsent(Key.of(o), k -> new ArrayList<>()).add(o);
            } else if (toSources.contains(source)) {
                after.computeIfAbsent(Key.of(o), k -> new ArrayList<>()).add(o);
            }
        }
        Set<Key> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (Key key : keys) {
            List<Observation> a = before.getOrDefault(key, List.of());
            List<Observation> b = after.getOrDefault(key, List.of());
            List<Pair<Observation>> pairs = pair(a, b, Observation::series);
            counts[0] += pairs.size();
            counts[1] += a.size() + b.size() - 2 * pairs.size();
            for (Pair<Observation> pair : pairs) {
                double x = pair.before().valueOrNaN();
                double y = pair.after().valueOrNaN();
                Unit unit = pair.before().quantity().orElseThrow().unit();
                if (revised(unit, x, y)) {
                    revisions.add(new Revision(
                            Revision.Kind.VALUE,
                            key.mineral(),
                            key.metric(),
                            key.stage(),
                            pair.before().area(),
                            pair.before().period(),
                            unit,
                            x,
                            y,
                            pair.before(),
                            pair.after()));
                }
            }
        }
    }

    private static void compareShares(
            KnowledgeSnapshot snapshot,
            Edition from,
            Edition to,
            Set<SourceId> fromSources,
            Set<SourceId> toSources,
            Optional<MineralId> mineral,
            List<Revision> revisions,
            int[] counts) {
        KnowledgeSnapshot earlier = EditionChoice.only(from).apply(snapshot);
        KnowledgeSnapshot later = EditionChoice.only(to).apply(snapshot);
        Set<MineralId> minerals = new TreeSet<>();
        if (mineral.isPresent()) {
            minerals.add(mineral.get());
        } else {
            for (Observation o : snapshot.observations()) {
                if (o.metric() == Metric.PRODUCTION
                        && (fromSources.contains(o.provenance().source())
                                || toSources.contains(o.provenance().source()))) {
                    minerals.add(o.mineral());
                }
            }
        }
        for (MineralId id : minerals) {
            List<SupplyShares> a = productionSets(earlier, id, fromSources);
            List<SupplyShares> b = productionSets(later, id, toSources);
            Map<String, List<SupplyShares>> byKey = new LinkedHashMap<>();
            a.forEach(set -> byKey.computeIfAbsent(setKey(set), k -> new ArrayList<>()));
            for (String key : byKey.keySet()) {
                List<SupplyShares> left =
                        a.stream().filter(set -> setKey(set).equals(key)).toList();
                List<SupplyShares> right =
                        b.stream().filter(set -> setKey(set).equals(key)).toList();
                for (Pair<SupplyShares> pair : pair(left, right, SupplyShares::series)) {
                    for (ProducerShare share : pair.before().producers()) {
                        Optional<ProducerShare> revised = pair.after().shareOf(share.area());
                        if (revised.isEmpty()) {
                            continue;
                        }
                        counts[0]++;
                        if (Math.abs(revised.get().share() - share.share()) >= SHARE_POINTS - 1e-12) {
                            revisions.add(new Revision(
                                    Revision.Kind.SHARE,
                                    id,
                                    Metric.SUPPLY_SHARE,
                                    Optional.of(pair.before().stage()),
                                    share.area(),
                                    pair.before().period(),
                                    Unit.FRACTION,
                                    share.share(),
                                    revised.get().share(),
                                    share.observation(),
                                    revised.get().observation()));
                        }
                    }
                }
            }
        }
    }

    private static List<SupplyShares> productionSets(KnowledgeSnapshot snapshot, MineralId mineral, Set<SourceId> of) {
        return SupplyShareCalculator.all(snapshot, mineral).stream()
                .filter(set -> set.total().isPresent() || set.totalComputed())
                .filter(set -> of.containsAll(set.sources()))
                .toList();
    }

    private static String setKey(SupplyShares set) {
        return set.stage() + "|" + set.period() + "|" + set.basis();
    }

    /** @return true if the change from x to y is a revision: one percentage point for fractions, 5 % otherwise */
    static boolean revised(Unit unit, double x, double y) {
        if (unit.dimension() == Dimension.RATIO) {
            return Math.abs(y - x) >= SHARE_POINTS - 1e-12;
        }
        if (x == 0) {
            return y != 0;
        }
        return Math.abs(y - x) >= RELATIVE * Math.abs(x) * (1 - 1e-9);
    }

    /** Two items of one figure, one from each edition. */
    private record Pair<T>(T before, T after) {}

    /** Pairs the items of two lists: one each, directly; several, by the likeness of their labels, best pairs first. */
    private static <T> List<Pair<T>> pair(List<T> a, List<T> b, Function<T, String> label) {
        List<Pair<T>> out = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty()) {
            return out;
        }
        if (a.size() == 1 && b.size() == 1) {
            out.add(new Pair<>(a.get(0), b.get(0)));
            return out;
        }
        record Candidate(int i, int j, double likeness) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double likeness = likeness(label.apply(a.get(i)), label.apply(b.get(j)));
                if (likeness > 0) {
                    candidates.add(new Candidate(i, j, likeness));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::likeness)
                .reversed()
                .thenComparingInt(Candidate::i)
                .thenComparingInt(Candidate::j));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!usedA.contains(candidate.i()) && !usedB.contains(candidate.j())) {
                usedA.add(candidate.i());
                usedB.add(candidate.j());
                out.add(new Pair<>(a.get(candidate.i()), b.get(candidate.j())));
            }
        }
        return out;
    }

    /**
     * Words that do not tell two series of one metric apart: units and their abbreviations, the metric's own name
     * (every label of a group names it), and words USGS writes in one edition only. Two labels are alike only through
     * the words left.
     */
    private static final Set<String> NOISE = Set.of(
            "estimated",
            "content",
            "the",
            "of",
            "and",
            "a",
            "an",
            "as",
            "for",
            "in",
            "t",
            "kt",
            "mmt",
            "kg",
            "g",
            "pct",
            "dkg",
            "dt",
            "dlb",
            "num",
            "ct",
            "metric",
            "tons",
            "ton",
            "fig",
            "table",
            "price",
            "average",
            "dollars",
            "dollar",
            "per",
            "kilogram",
            "pound",
            "minimum",
            "production",
            "import",
            "export",
            "consumption",
            "reliance",
            "net",
            "percentage",
            "stocks",
            "employment",
            "number",
            "yearend",
            "value",
            "unit",
            "all",
            "total",
            "sources");

    /** Spelled-out forms of the abbreviations of the MCS 2025 salient column names. */
    private static final Map<String, String> SPELLED = Map.ofEntries(
            Map.entry("usprod", "production"),
            Map.entry("prod", "production"),
            Map.entry("consump", "consumption"),
            Map.entry("apprnt", "apparent"),
            Map.entry("rprtd", "reported"),
            Map.entry("nir", "reliance"),
            Map.entry("exports", "export"),
            Map.entry("imports", "import"),
            Map.entry("mine", "mine"),
            Map.entry("concentrates", "concentrate"),
            Map.entry("compounds", "compound"),
            Map.entry("metals", "metal"));

    /** @return the Jaccard likeness of two labels' words, in [0, 1] */
    static double likeness(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / union.size();
    }

    private static Set<String> words(String label) {
        Set<String> out = new HashSet<>();
        for (String word : label.toLowerCase(Locale.ROOT).split("[^a-z0-9]+", -1)) {
            String spelled = SPELLED.getOrDefault(word, word);
            if (!spelled.isEmpty() && !NOISE.contains(spelled)) {
                out.add(spelled);
            }
        }
        return out;
    }
}
