package lodestone.risk.dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.SourceId;
import lodestone.model.supply.SupplyMix;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;

/**
 * How much a perspective country's consumption of a mineral rests on each supplier country, directly and looking
 * through the supplier to the feed it processes: the one dependency query behind the mineral page, the risk index, the
 * scenario engine's supply mixes ({@link #supplyMix()}) and the sweep.
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
 * concentrate) and understates it where a supplier buys from X above its world share. The perspective's own mining is
 * never an exposure.
 *
 * <p>When only the ranked list of import sources is known (no shares), the import shares are taken to mirror world
 * supply at the stage of the mineral's largest single share, the perspective's own production left out
 * (look-through_X = NIR · w_X, X ≠ perspective), and the exposure is marked assumed; there is then no direct figure. A
 * net exporter (USGS "E") has NIR 0. Import sources are those of the latest period on record whose observations name
 * the perspective as importer (rows naming no importer are the USGS's, of {@link #IMPORT_STATISTICS_OF U.S.}
 * imports); where the perspective has none, world supply stands in. Any country may be
 * the perspective: where the store has no net import reliance for it, the dependency is unknown and the note says so
 * (never zero).
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
 * @param history every net import reliance observation of the perspective for {@code dataFrom}, newest first
 * @param imports the import sources of the latest period with their shares or ranks
 * @param upstream the upstream (mining) share set used for look-through, if any
 * @param exposures the exposure to each country, largest look-through first
 * @param sharesAssumed true if import shares were not known and world shares stood in for them
 * @param assumedFrom the world share set that stood in for import shares, if any
 * @param note what was assumed or missing
 * @param producerStage the world share set that tells producing import sources from non-producing ones for {@link
 *     Exposure#throughNonProducers()}: the upstream (mining) set, else the set of the mineral's earliest stage with
 *     world shares (gallium: primary production), if any
 */
public record Dependency(
        CountryCode perspective,
        MineralId mineral,
        MineralId dataFrom,
        OptionalDouble netImportReliance,
        Optional<Observation> nirObservation,
        List<Observation> history,
        List<ImportSource> imports,
        Optional<SupplyShares> upstream,
        List<Exposure> exposures,
        boolean sharesAssumed,
        Optional<SupplyShares> assumedFrom,
        String note,
        Optional<SupplyShares> producerStage) {

    /**
     * The importer the store's import-source figures describe. Import-source observations name only the supplier;
     * those on record are the USGS's, of U.S. imports, so another perspective uses world supply shares instead.
     */
    public static final CountryCode IMPORT_STATISTICS_OF = CountryCode.of("US");

    public Dependency {
        history = List.copyOf(history);
        imports = List.copyOf(imports);
        exposures = List.copyOf(exposures);
    }

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
     * @param throughNonProducers the exposure (fraction of the perspective's apparent consumption) when only the import
     *     sources that produce none of the producer stage, and the unattributed remainder, are looked through to the
     *     world's producers of that stage, producing sources staying direct: {@code n · (m_X + R · p_X)} for a producer
     *     X, 0 for a non-producer (its share goes to the producers); empty without import shares or a producer stage.
     *     Not the same figure as {@code lookThrough}, which looks through every supplier other than X to world mining
     * @param producerShare the country's share of world supply at the producer stage (rescaled to sum to 1 where the
     *     named producers exceed a rounded world total), if a producer stage exists
     */
    public record Exposure(
            CountryCode country,
            OptionalDouble direct,
            double lookThrough,
            OptionalDouble upstreamShare,
            OptionalDouble throughNonProducers,
            OptionalDouble producerShare) {}

    /** @return the largest look-through exposure, if any */
    public Optional<Exposure> largest() {
        return exposures.stream().findFirst();
    }

    /** @return the exposure to one country */
    public Optional<Exposure> exposureTo(CountryCode country) {
        return exposures.stream().filter(e -> e.country().equals(country)).findFirst();
    }

    /** @return true if import shares (not only ranks) were published */
    public boolean hasImportShares() {
        return imports.stream().anyMatch(i -> i.share().isPresent());
    }

    /**
     * The perspective's supply by source, for the scenario engine and the sweep: its own production {@code 1 − NIR},
     * each supplier {@code NIR · m_X} (import shares published) or {@code NIR · w_X} (assumed: world supply shares
     * without the perspective, rescaled if named lines exceed the rounded world total), and the rest of its imports
     * under {@link SupplyMix#OTHER}.
     *
     * @return the mix, or empty when the net import reliance is unknown or neither import nor world shares exist
     */
    public Optional<SupplyMix> supplyMix() {
        if (netImportReliance.isEmpty() || (!hasImportShares() && assumedFrom.isEmpty())) {
            return Optional.empty();
        }
        double n = netImportReliance.getAsDouble();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (n < 1) {
            shares.put(perspective.value(), 1 - n);
        }
        Set<SourceId> sources = new TreeSet<>();
        nirObservation.ifPresent(o -> sources.add(o.provenance().source()));
        String basis;
        if (hasImportShares()) {
            imports.stream()
                    .filter(i -> i.share().isPresent())
                    .sorted(Comparator.comparingDouble(
                                    (ImportSource i) -> i.share().getAsDouble())
                            .reversed())
                    .forEach(i -> {
                        shares.merge(i.area().code(), n * i.share().getAsDouble(), Double::sum);
                        sources.add(i.observation().provenance().source());
                    });
            basis = "net import reliance x import-source shares";
        } else {
            SupplyShares world = assumedFrom.orElseThrow();
            double named = world.producers().stream()
                    .filter(p -> p.area().isCountry() && !p.area().equals(Area.country(perspective)))
                    .mapToDouble(p -> Math.max(0, p.share()))
                    .sum();
            double scale = named > 1 ? 1 / named : 1;
            for (ProducerShare producer : world.producers()) {
                if (producer.area().isCountry() && !producer.area().equals(Area.country(perspective))) {
                    shares.merge(producer.area().code(), n * Math.max(0, producer.share()) * scale, Double::sum);
                }
            }
            sources.addAll(world.sources());
            basis = String.format(
                    Locale.ROOT,
                    "net import reliance x world %s share %s (%s); ASSUMPTION: imports mirror world supply without"
                            + " %s",
                    world.stage().id(),
                    world.period(),
                    world.series(),
                    perspective);
        }
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total < 1 - 1e-12) {
            shares.merge(SupplyMix.OTHER, 1 - total, Double::sum);
        }
        String period = nirObservation.map(o -> " " + o.period()).orElse("");
        basis = String.format(Locale.ROOT, "%s (net import reliance %.2f%s)", basis, n, period)
                + (dataFrom.equals(mineral) ? "" : "; ASSUMPTION: the group " + dataFrom + " stands for the element");
        return Optional.of(
                new SupplyMix(perspective, mineral, dataFrom, shares, sharesAssumed, basis, List.copyOf(sources)));
    }

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param perspective the importing country, any country
     * @return the dependency
     */
    public static Dependency of(KnowledgeSnapshot snapshot, MineralId mineral, CountryCode perspective) {
        return of(snapshot, id -> SupplyShareCalculator.all(snapshot, id), mineral, perspective);
    }

    /**
     * The same, with the share sets computed once for the snapshot (for queries that ask many times).
     *
     * @param shareSets the share sets of the snapshot
     * @param mineral the mineral
     * @param perspective the importing country, any country
     * @return the dependency, equal to {@link #of(KnowledgeSnapshot, MineralId, CountryCode)}
     */
    public static Dependency of(ShareSets shareSets, MineralId mineral, CountryCode perspective) {
        return of(shareSets.snapshot(), shareSets::all, mineral, perspective);
    }

    private static Dependency of(
            KnowledgeSnapshot snapshot,
            Function<MineralId, List<SupplyShares>> shareSets,
            MineralId mineral,
            CountryCode perspective) {
        snapshot.minerals().require(mineral);
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
        List<Observation> history = snapshot.observations(source, Metric.NET_IMPORT_RELIANCE).stream()
                .filter(o -> o.area().equals(area))
                .sorted(Comparator.comparing(Observation::period, Comparator.reverseOrder())
                        .thenComparing(Observation::series))
                .toList();
        List<ImportSource> imports = imports(snapshot, source, perspective);
        boolean haveShares = imports.stream().anyMatch(i -> i.share().isPresent());
        String inherited = source.equals(mineral) ? "" : "import data of the group " + source + "; ";
        List<SupplyShares> sets = shareSets.apply(source);
        Optional<SupplyShares> upstream = ResolutionPolicy.preferred(
                snapshot, sets.stream().filter(s -> s.stage() == Stage.MINING).toList());
        Optional<SupplyShares> producerStage = upstream.isPresent() ? upstream : earliestStage(snapshot, sets);
        List<Exposure> exposures = new ArrayList<>();
        Optional<SupplyShares> assumedFrom = Optional.empty();
        String note;
        if (nirValue.isEmpty()) {
            note = "no net import reliance for " + perspective + " in the store" + whoHasReliance(snapshot, source);
        } else if (haveShares) {
            exposures.addAll(exposures(nirValue.getAsDouble(), imports, upstream, producerStage, perspective::equals));
            note = upstream.isPresent()
                    ? "look-through: suppliers other than X assumed to draw feed pro rata to world "
                            + upstream.get().stage().id() + " supply ("
                            + upstream.get().period() + ")"
                    : "no upstream share set: look-through equals direct exposure";
        } else if (sets.stream().anyMatch(s -> !s.producers().isEmpty())) {
            SupplyShares widest = sets.stream()
                    .filter(s -> !s.producers().isEmpty())
                    .max(Comparator.comparingDouble(s -> s.producers().get(0).share()))
                    .orElseThrow();
            assumedFrom = Optional.of(widest);
            double n = nirValue.getAsDouble();
            for (ProducerShare producer : widest.producers()) {
                if (producer.area() instanceof Area.CountryArea c
                        && !c.country().equals(perspective)) {
                    exposures.add(new Exposure(
                            c.country(),
                            OptionalDouble.empty(),
                            n * producer.share(),
                            OptionalDouble.of(producer.share()),
                            OptionalDouble.empty(),
                            OptionalDouble.empty()));
                }
            }
            note = (perspective.equals(IMPORT_STATISTICS_OF)
                            ? "no import shares (only ranks or none)"
                            : "the import sources on record describe " + IMPORT_STATISTICS_OF + " imports")
                    + ": imports assumed to mirror world "
                    + widest.stage().id() + " supply without " + perspective + " (" + widest.period() + ", "
                    + widest.series() + ")";
        } else {
            note = "no import shares and no world supply shares: exposure unknown";
        }
        exposures.sort(Comparator.comparingDouble(Exposure::lookThrough)
                .reversed()
                .thenComparing(e -> e.country().value()));
        return new Dependency(
                perspective,
                mineral,
                source,
                nirValue,
                nir,
                history,
                imports,
                upstream,
                exposures,
                assumedFrom.isPresent(),
                assumedFrom,
                inherited + note,
                haveShares ? producerStage : Optional.empty());
    }

    /**
     * The preferred share set of the earliest stage (in {@link Stage} order) that has producers, for a mineral without
     * a mining share set (gallium: primary production, a processing stage).
     */
    private static Optional<SupplyShares> earliestStage(KnowledgeSnapshot snapshot, List<SupplyShares> sets) {
        Optional<Stage> earliest = sets.stream()
                .filter(s -> !s.producers().isEmpty())
                .map(SupplyShares::stage)
                .min(Comparator.naturalOrder());
        return earliest.flatMap(stage -> ResolutionPolicy.preferred(
                snapshot,
                sets.stream()
                        .filter(s -> s.stage() == stage && !s.producers().isEmpty())
                        .toList()));
    }

    /**
     * The import sources of the perspective's own imports: those whose observation names the perspective as importer,
     * or, for the United States, those that name no importer (the MCS 2025 rows, which describe U.S. imports): the
     * shares of their latest period, largest first, then the ranks of theirs, in rank order.
     */
    private static List<ImportSource> imports(KnowledgeSnapshot snapshot, MineralId source, CountryCode perspective) {
        Area importer = Area.country(perspective);
        boolean unnamed = perspective.equals(IMPORT_STATISTICS_OF);
        List<ImportSource> imports = new ArrayList<>();
        for (Metric metric : List.of(Metric.IMPORT_SOURCE_SHARE, Metric.IMPORT_SOURCE_RANK)) {
            List<Observation> all = snapshot.observations(source, metric).stream()
                    .filter(o -> o.quantity().isPresent())
                    .filter(o -> o.importer().map(importer::equals).orElse(unnamed))
                    .toList();
            Optional<Period> latest = all.stream().map(Observation::period).max(Comparator.naturalOrder());
            boolean share = metric == Metric.IMPORT_SOURCE_SHARE;
            all.stream()
                    .filter(o -> latest.isPresent() && o.period().equals(latest.get()))
                    .sorted(Comparator.comparingDouble(o -> share ? -o.valueOrNaN() : o.valueOrNaN()))
                    .forEach(o -> imports.add(new ImportSource(
                            o.area(),
                            share ? OptionalDouble.of(o.valueOrNaN()) : OptionalDouble.empty(),
                            share ? OptionalDouble.empty() : OptionalDouble.of(o.valueOrNaN()),
                            o)));
        }
        return imports;
    }

    /**
     * The exposure to each supplier country, direct and looked through: {@code direct_X = n · m_X} and {@code
     * look-through_X = n · (m_X + (M − m_X) · u_X)}, capped at 1, where {@code m} are the import shares, {@code M}
     * their sum (the unallocated remainder counts as a supplier other than X) and {@code u_X} the share of X in the
     * upstream share set (0 for a country it does not list; no look-through without one). The one look-through formula
     * of Lodestone, for a country (its import statistics) and a bloc (the EU's sourcing shares) alike.
     *
     * @param n the net import reliance, a fraction of apparent consumption
     * @param imports the import sources; those without a share are ignored
     * @param upstream the upstream share set, if any
     * @param own the perspective's own countries (itself, or a bloc's members), never an exposure
     * @return the exposures, largest look-through first (ties by country code)
     */
    public static List<Exposure> exposures(
            double n, List<ImportSource> imports, Optional<SupplyShares> upstream, Predicate<CountryCode> own) {
        return exposures(n, imports, upstream, upstream, own);
    }

    /**
     * The same, with {@link Exposure#throughNonProducers()} judged against a producer stage of its own: {@code
     * through_X = n · (m_X + R · p_X)} for a source X with a positive share {@code p_X} of world supply at that stage,
     * and 0 for one without, where {@code R = max(M, 1) − Σ_{producers} m_s} is the import share of the sources that produce none
     * of it ("Other" among them) plus the unattributed remainder {@code 1 − M}. Producing sources stay direct;
     * a non-producing source is looked through one level, to the world's producers in proportion to their shares.
     *
     * @param n the net import reliance, a fraction of apparent consumption
     * @param imports the import sources; those without a share are ignored
     * @param upstream the upstream share set, if any
     * @param producerStage the share set that tells producers from non-producers, if any
     * @param own the perspective's own countries (itself, or a bloc's members), never an exposure
     * @return the exposures, largest look-through first (ties by country code)
     */
    public static List<Exposure> exposures(
            double n,
            List<ImportSource> imports,
            Optional<SupplyShares> upstream,
            Optional<SupplyShares> producerStage,
            Predicate<CountryCode> own) {
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
        Set<CountryCode> countries = new TreeSet<>(direct.keySet());
        upstream.ifPresent(u -> u.producers().stream()
                .map(ProducerShare::area)
                .filter(Area::isCountry)
                .forEach(a -> countries.add(((Area.CountryArea) a).country())));
        Map<CountryCode, Double> producers = producerShares(producerStage);
        countries.addAll(producers.keySet());
        // the share of imports with no producer behind it at the stage: non-producing sources and the remainder
        double producing = 0;
        for (Map.Entry<CountryCode, Double> line : direct.entrySet()) {
            if (producers.containsKey(line.getKey())) {
                producing += line.getValue();
            }
        }
        double lookedThrough = Math.max(0, Math.max(total, 1) - producing);
        countries.removeIf(own);
        List<Exposure> exposures = new ArrayList<>();
        for (CountryCode country : countries) {
            double m = direct.getOrDefault(country, 0.0);
            OptionalDouble u = upstreamShare(upstream, country);
            double through = m + (Math.max(total, m) - m) * u.orElse(0);
            OptionalDouble p = producerStage.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(producers.getOrDefault(country, 0.0));
            OptionalDouble viaProducers = producerStage.isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(
                            p.getAsDouble() > 0 ? Math.min(1, n * (m + lookedThrough * p.getAsDouble())) : 0);
            exposures.add(
                    new Exposure(country, OptionalDouble.of(n * m), Math.min(1, n * through), u, viaProducers, p));
        }
        exposures.sort(Comparator.comparingDouble(Exposure::lookThrough)
                .reversed()
                .thenComparing(e -> e.country().value()));
        return List.copyOf(exposures);
    }

    /**
     * The countries with a positive share of world supply at the producer stage, their shares rescaled to sum to 1
     * where the named lines exceed a rounded world total (gallium 2025: China 900 of a world total of 900 t).
     */
    private static Map<CountryCode, Double> producerShares(Optional<SupplyShares> producerStage) {
        Map<CountryCode, Double> shares = new LinkedHashMap<>();
        producerStage.ifPresent(u -> u.producers().stream()
                .filter(p -> p.share() > 0 && p.area() instanceof Area.CountryArea)
                .forEach(p -> shares.merge(((Area.CountryArea) p.area()).country(), p.share(), Double::sum)));
        double named = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (named > 1) {
            shares.replaceAll((country, share) -> share / named);
        }
        return shares;
    }

    private static String whoHasReliance(KnowledgeSnapshot snapshot, MineralId mineral) {
        Set<String> countries = new TreeSet<>();
        snapshot.observations(mineral, Metric.NET_IMPORT_RELIANCE).stream()
                .filter(o -> o.area().isCountry())
                .forEach(o -> countries.add(o.area().code()));
        return countries.isEmpty()
                ? " (no country has one for " + mineral + ")"
                : " (it has one for " + String.join(", ", countries) + ")";
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
