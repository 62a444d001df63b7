package lodestone.risk.dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;

/**
 * How much a perspective country's consumption of a mineral rests on each supplier country, directly and looking
 * through the supplier to the feed it processes.
 *
 * <pre>
 * direct_X       = NIR · m_X
 * look-through_X = NIR · ( m_X + Σ_{s ≠ X} m_s · u_X )
 * </pre>
 *
 * where NIR is the perspective's net import reliance (fraction of apparent consumption), m_s the share of supplier s
 * in its imports (the unallocated remainder, "Other", counts as a supplier s ≠ X), and u_X the share of X in world
 * supply at the upstream stage (mining). The assumption: a supplier that is not X draws its feed from the world
 * market in proportion to world upstream supply (imports from Malaysia or Estonia rest on concentrate mined
 * elsewhere). It overstates exposure where a supplier has a captive feed (Malaysia's Lynas plant processes Australian
 * concentrate) and understates it where a supplier buys from X above its world share.
 *
 * <p>When only the ranked list of import sources is known (no shares), the import shares are taken to mirror world
 * supply at the stage of the mineral's largest single share (look-through_X = NIR · w_X) and the exposure is marked
 * assumed; there is then no direct figure. A net exporter (USGS "E") has NIR 0. The store holds import data for the
 * United States only (USGS); for any other perspective the dependency is unknown and says so.
 *
 * <p>A member of a group with no import data of its own (dysprosium, of rare earths) takes its group's NIR and
 * import sources, preferring a group that gives import sources to one that gives reliance only (USGS MCS 2026 gives
 * the heavy rare earths a net import reliance but import sources by element only); {@code dataFrom} names the group
 * and the note says so.
 *
 * @param perspective the importing country
 * @param mineral the mineral
 * @param dataFrom the mineral whose import data was used (the mineral itself, or a group it belongs to)
 * @param netImportReliance the NIR used (latest year; the largest of several series), if known
 * @param nirObservation the observation it rests on
 * @param imports the import sources with their shares or ranks
 * @param upstream the upstream (mining) share set used for look-through, if any
 * @param exposures the exposure to each country, largest look-through first
 * @param sharesAssumed true if import shares were not known and world shares stood in for them
 * @param note what was assumed or missing
 */
public record Dependency(
        CountryCode perspective,
        MineralId mineral,
        MineralId dataFrom,
        OptionalDouble netImportReliance,
        Optional<Observation> nirObservation,
        List<ImportSource> imports,
        Optional<SupplyShares> upstream,
        List<Exposure> exposures,
        boolean sharesAssumed,
        String note) {

    /** The country whose import statistics the store holds (USGS). */
    public static final CountryCode UNITED_STATES = CountryCode.of("US");

    /**
     * @param area the supplier (a country, or "Other")
     * @param share its share of imports (fraction), if published
     * @param rank its rank among the import sources, if published
     * @param observation the observation
     */
    public record ImportSource(Area area, OptionalDouble share, OptionalDouble rank, Observation observation) {}

    /**
     * @param country the supplier country
     * @param direct NIR · import share, if import shares are known
     * @param lookThrough the look-through exposure (fraction of the perspective's apparent consumption)
     * @param upstreamShare the country's share of world upstream supply used in the look-through, if any
     */
    public record Exposure(
            CountryCode country, OptionalDouble direct, double lookThrough, OptionalDouble upstreamShare) {}

    /** @return the largest look-through exposure, if any */
    public Optional<Exposure> largest() {
        return exposures.stream().findFirst();
    }

    /** @return the exposure to one country */
    public Optional<Exposure> exposureTo(CountryCode country) {
        return exposures.stream().filter(e -> e.country().equals(country)).findFirst();
    }

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param perspective the importing country
     * @return the dependency
     */
    public static Dependency of(KnowledgeSnapshot snapshot, MineralId mineral, CountryCode perspective) {
        Objects.requireNonNull(perspective, "perspective");
        snapshot.minerals().require(mineral);
        if (!perspective.equals(UNITED_STATES)) {
            return new Dependency(
                    perspective,
                    mineral,
                    mineral,
                    OptionalDouble.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    false,
                    "no import statistics for " + perspective + " in the store (USGS covers the United States only)");
        }
        Area area = Area.country(perspective);
        MineralId source = mineral;
        if (nir(snapshot, mineral, area).isEmpty()) {
            // A member of several groups (dysprosium: rare earths and heavy rare earths) takes the group that gives
            // import sources as well as net import reliance, else the first group that gives reliance.
            Optional<MineralId> withImports = Optional.empty();
            Optional<MineralId> withReliance = Optional.empty();
            for (lodestone.model.mineral.Mineral group : snapshot.minerals().all()) {
                if (group.members().contains(mineral)
                        && nir(snapshot, group.id(), area).isPresent()) {
                    if (withReliance.isEmpty()) {
                        withReliance = Optional.of(group.id());
                    }
                    if (withImports.isEmpty()
                            && (!snapshot.observations(group.id(), Metric.IMPORT_SOURCE_SHARE)
                                            .isEmpty()
                                    || !snapshot.observations(group.id(), Metric.IMPORT_SOURCE_RANK)
                                            .isEmpty())) {
                        withImports = Optional.of(group.id());
                    }
                }
            }
            source = withImports.isPresent() ? withImports.get() : withReliance.orElse(mineral);
        }
        Optional<Observation> nir = nir(snapshot, source, area);
        OptionalDouble nirValue = nir.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(nir.get().quantity().isPresent() ? nir.get().valueOrNaN() : 0);
        List<ImportSource> imports = new ArrayList<>();
        for (Observation o : snapshot.observations(source, Metric.IMPORT_SOURCE_SHARE)) {
            if (o.quantity().isPresent()) {
                imports.add(new ImportSource(o.area(), OptionalDouble.of(o.valueOrNaN()), OptionalDouble.empty(), o));
            }
        }
        boolean haveShares = !imports.isEmpty();
        for (Observation o : snapshot.observations(source, Metric.IMPORT_SOURCE_RANK)) {
            if (o.quantity().isPresent()) {
                imports.add(new ImportSource(o.area(), OptionalDouble.empty(), OptionalDouble.of(o.valueOrNaN()), o));
            }
        }
        String inherited = source.equals(mineral) ? "" : "import data of the group " + source + "; ";
        List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, source);
        Optional<SupplyShares> upstream = ResolutionPolicy.preferred(
                snapshot, sets.stream().filter(s -> s.stage() == Stage.MINING).toList());
        List<Exposure> exposures = new ArrayList<>();
        String note;
        boolean assumed = false;
        if (nirValue.isEmpty()) {
            note = "no net import reliance for " + perspective + " in the store";
        } else if (haveShares) {
            double n = nirValue.getAsDouble();
            Map<CountryCode, Double> direct = new LinkedHashMap<>();
            double total = 0;
            for (ImportSource line : imports) {
                if (line.share().isPresent()) {
                    total += line.share().getAsDouble();
                    if (line.area() instanceof Area.CountryArea c) {
                        direct.merge(c.country(), line.share().getAsDouble(), Double::sum);
                    }
                }
            }
            java.util.Set<CountryCode> countries = new java.util.TreeSet<>(direct.keySet());
            upstream.ifPresent(u -> u.producers().stream()
                    .map(ProducerShare::area)
                    .filter(Area::isCountry)
                    .forEach(a -> countries.add(((Area.CountryArea) a).country())));
            for (CountryCode country : countries) {
                double m = direct.getOrDefault(country, 0.0);
                OptionalDouble u = upstreamShare(upstream, country);
                double through = m + (Math.max(total, m) - m) * u.orElse(0);
                exposures.add(new Exposure(country, OptionalDouble.of(n * m), Math.min(1, n * through), u));
            }
            note = upstream.isPresent()
                    ? "look-through: suppliers other than X assumed to draw feed pro rata to world "
                            + upstream.get().stage().id() + " supply ("
                            + upstream.get().period() + ")"
                    : "no upstream share set: look-through equals direct exposure";
        } else if (!sets.isEmpty()) {
            assumed = true;
            SupplyShares widest = sets.stream()
                    .filter(s -> !s.producers().isEmpty())
                    .max(Comparator.comparingDouble(s -> s.producers().get(0).share()))
                    .orElseThrow();
            double n = nirValue.getAsDouble();
            for (ProducerShare producer : widest.producers()) {
                if (producer.area() instanceof Area.CountryArea c) {
                    exposures.add(new Exposure(
                            c.country(),
                            OptionalDouble.empty(),
                            n * producer.share(),
                            OptionalDouble.of(producer.share())));
                }
            }
            note = "no import shares (only ranks or none): imports assumed to mirror world "
                    + widest.stage().id() + " supply (" + widest.period() + ", " + widest.series() + ")";
        } else {
            note = "no import shares and no world supply shares: exposure unknown";
        }
        exposures.sort(Comparator.comparingDouble(Exposure::lookThrough)
                .reversed()
                .thenComparing(e -> e.country().value()));
        return new Dependency(
                perspective, mineral, source, nirValue, nir, imports, upstream, exposures, assumed, inherited + note);
    }

    private static Optional<Observation> nir(KnowledgeSnapshot snapshot, MineralId mineral, Area area) {
        return snapshot.observations(mineral, Metric.NET_IMPORT_RELIANCE).stream()
                .filter(o -> o.area().equals(area))
                .filter(o -> o.quantity().isPresent() || o.has(Flag.NET_EXPORTER))
                .max(Comparator.comparing((Observation o) -> o.period().endYear())
                        .thenComparingDouble(o -> o.quantity().isPresent() ? o.valueOrNaN() : 0));
    }

    private static OptionalDouble upstreamShare(Optional<SupplyShares> upstream, CountryCode country) {
        if (upstream.isEmpty()) {
            return OptionalDouble.empty();
        }
        return upstream.get()
                .shareOf(Area.country(country))
                .map(share -> OptionalDouble.of(share.share()))
                .orElse(OptionalDouble.of(0));
    }
}
