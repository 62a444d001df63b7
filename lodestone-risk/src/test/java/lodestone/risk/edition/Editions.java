package lodestone.risk.edition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.Countries;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
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

/**
 * A fluent fixture of two editions of one survey: {@code Editions.of().production("mcs-2025", "AU", 2024, 13_000)...}.
 */
final class Editions {
    static final MineralId REE = MineralId.of("rare-earths");
    private final List<Observation> observations = new ArrayList<>();
    private int line;

    static Editions of() {
        return new Editions();
    }

    static Source source(String edition) {
        return new Source(
                SourceId.of("usgs-" + edition + "-data"),
                "U.S. Geological Survey",
                "Mineral Commodity Summaries data release " + edition,
                Optional.of("https://example.org/" + edition),
                Optional.empty(),
                Optional.empty(),
                "U.S. public domain",
                "USGS",
                SourceTier.OFFICIAL_STATISTICS,
                Optional.of(Edition.parse(edition)));
    }

    Editions production(String edition, String area, int year, double tonnes, Flag... flags) {
        return add(
                edition,
                Metric.PRODUCTION,
                Optional.of(Stage.MINING),
                area,
                year,
                "Mine production",
                Basis.OXIDE_EQUIVALENT,
                Quantity.of(tonnes, Unit.TONNE),
                flags);
    }

    Editions value(String edition, Metric metric, String series, int year, Quantity quantity) {
        return add(edition, metric, Optional.empty(), "US", year, series, Basis.UNSPECIFIED, quantity.canonical());
    }

    private Editions add(
            String edition,
            Metric metric,
            Optional<Stage> stage,
            String area,
            int year,
            String series,
            Basis basis,
            Quantity quantity,
            Flag... flags) {
        Set<Flag> set = flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
        line++;
        observations.add(new Observation(
                REE,
                stage,
                Area.parse(area),
                Period.year(year),
                metric,
                series,
                basis,
                Optional.of(quantity),
                set,
                Double.toString(quantity.value()),
                "",
                new Provenance(source(edition).id(), edition + ".csv:" + line, Method.REPORTED)));
        return this;
    }

    KnowledgeSnapshot snapshot() {
        return new KnowledgeSnapshot(
                MineralCatalogue.of(
                        List.of(new Mineral(REE, "Rare earths", Optional.empty(), Set.of(), List.of(), Set.of()))),
                Countries.withAliases(Map.of(), Map.of()),
                List.of(),
                List.of(source("mcs-2025"), source("mcs-2026")),
                observations);
    }
}
