package lodestone.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import lodestone.app.view.RiskView.ComponentView;
import lodestone.app.view.RiskView.ConcentrationView;
import lodestone.app.view.RiskView.DependencyView;
import lodestone.app.view.RiskView.EuView;
import lodestone.app.view.RiskView.MeasureLine;
import lodestone.app.view.RiskView.ScoreView;
import lodestone.model.geo.Country;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import lodestone.risk.dependency.Dependency;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.eu.EuInputs;
import lodestone.risk.eu.EuSupplyRisk;
import lodestone.risk.eu.TradeVariable;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MeasuresInForce;
import lodestone.risk.index.MineralScope;
import lodestone.risk.index.RiskScore;

/** The supply-risk ranking and breakdown (Lodestone method), shared by `lodestone risk` and the server. */
public final class RiskReports {
    /** The index formula, as output shows it. */
    public static final String FORMULA = LodestoneRiskIndex.FORMULA;

    private RiskReports() {}

    /**
     * The Lodestone ranking.
     *
     * @param method "lodestone"
     * @param perspective the dependent country
     * @param on the date of the measures
     * @param year the production year asked for, or null for the latest
     * @param list the minerals ranked: an official list id, or "all"
     * @param formula the formula
     * @param ranking every scored mineral of the list, highest first
     * @param unscored minerals of the list without supply shares
     * @param sources every source cited by an input
     */
    public record Ranking(
            String method,
            String perspective,
            LocalDate on,
            Integer year,
            String list,
            String formula,
            List<ScoreView> ranking,
            List<String> unscored,
            List<SourceView> sources) {}

    /**
     * One mineral under the Lodestone method.
     *
     * @param method "lodestone"
     * @param perspective the dependent country
     * @param on the date of the measures
     * @param year the production year asked for, or null
     * @param mineral mineral id
     * @param name name
     * @param rank rank in the default list (usgs-2025), or null if not scored or not on it
     * @param score score, or null if not scored
     * @param formula the formula with values, or why there is no score
     * @param components the components with their inputs
     * @param concentration concentration per stage share set
     * @param dependency dependency with look-through
     * @param measures measures in force covering exports to the perspective country
     * @param eu the EU method's figures for it, or null
     * @param sources every source cited
     */
    public record Breakdown(
            String method,
            String perspective,
            LocalDate on,
            Integer year,
            String mineral,
            String name,
            Integer rank,
            Double score,
            String formula,
            List<ComponentView> components,
            List<ConcentrationView> concentration,
            DependencyView dependency,
            List<MeasureLine> measures,
            EuView eu,
            List<SourceView> sources) {}

    /**
     * The ranking of the default list ({@link MineralScope#DEFAULT}).
     *
     * @param snapshot the snapshot
     * @param viewer the perspective country
     * @param on the date of the measures in force
     * @param year the production year, or null for the latest
     * @return the ranking
     */
    public static Ranking ranking(KnowledgeSnapshot snapshot, Country viewer, LocalDate on, Integer year) {
        return ranking(snapshot, viewer, on, year, MineralScope.DEFAULT);
    }

    /**
     * @param snapshot the snapshot
     * @param viewer the perspective country
     * @param on the date of the measures in force
     * @param year the production year, or null for the latest
     * @param list an official list id, or "all"
     * @return the ranking
     * @throws IllegalArgumentException if the list is unknown or the year has no data
     */
    public static Ranking ranking(KnowledgeSnapshot snapshot, Country viewer, LocalDate on, Integer year, String list) {
        MineralScope scope = MineralScope.of(snapshot, list);
        List<RiskScore> scores = index(snapshot, viewer.code(), on, year).rank(scope);
        List<ScoreView> views = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            views.add(ScoreView.of(snapshot, i + 1, scores.get(i)));
        }
        Set<MineralId> scored = new TreeSet<>();
        scores.forEach(s -> scored.add(s.mineral()));
        List<String> unscored = snapshot.minerals().all().stream()
                .map(Mineral::id)
                .filter(id -> !scored.contains(id) && scope.contains(id))
                .map(MineralId::value)
                .toList();
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> ids.addAll(sourceIds(v.components())));
        return new Ranking(
                "lodestone",
                viewer.code().value(),
                on,
                year,
                scope.id(),
                FORMULA,
                views,
                unscored,
                sources(snapshot, ids));
    }

    /**
     * @param snapshot the snapshot
     * @param subject the mineral
     * @param viewer the perspective country
     * @param chosen the country whose share is shown per stage
     * @param on the date of the measures in force
     * @param year the production year, or null for the latest
     * @return the breakdown
     */
    public static Breakdown breakdown(
            KnowledgeSnapshot snapshot, Mineral subject, Country viewer, Country chosen, LocalDate on, Integer year) {
        LodestoneRiskIndex index = index(snapshot, viewer.code(), on, year);
        List<RiskScore> ranking = index.rank(MineralScope.of(snapshot, MineralScope.DEFAULT));
        Integer rank = null;
        RiskScore score = index.score(subject.id()).orElse(null);
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).mineral().equals(subject.id())) {
                rank = i + 1;
            }
        }
        List<ConcentrationView> concentration = index.stageSets(subject.id()).stream()
                .filter(set -> !set.producers().isEmpty())
                .map(set -> ConcentrationView.of(snapshot, set, chosen.code()))
                .toList();
        DependencyView dependency = DependencyView.of(snapshot, Dependency.of(snapshot, subject.id(), viewer.code()));
        List<MeasureLine> measures = new ArrayList<>();
        MeasuresInForce.binding(snapshot, subject.id(), on, viewer.code()::equals)
                .forEach(m -> measures.add(MeasureLine.of(m, on)));
        MeasuresInForce.lapsed(snapshot, subject.id(), on, viewer.code()::equals)
                .forEach(m -> measures.add(MeasureLine.lapsed(m, on)));
        EuView eu = euView(snapshot, subject.id(), on, 0);
        Set<String> ids = new TreeSet<>();
        concentration.forEach(c -> ids.addAll(c.sources()));
        if (dependency.nirSource() != null) {
            ids.add(dependency.nirSource());
        }
        dependency.imports().forEach(i -> ids.add(i.source()));
        measures.forEach(m -> ids.addAll(m.sources()));
        if (eu != null) {
            ids.addAll(eu.sources());
        }
        List<ComponentView> components = score == null
                ? List.of()
                : score.components().stream().map(ComponentView::of).toList();
        ids.addAll(sourceIds(components));
        return new Breakdown(
                "lodestone",
                viewer.code().value(),
                on,
                year,
                subject.id().value(),
                subject.name(),
                rank,
                score == null ? null : score.score(),
                score == null ? "not scored: no supply shares in the store" : score.formula(),
                components,
                concentration,
                dependency,
                measures,
                eu,
                sources(snapshot, ids));
    }

    /**
     * The EU method's figures for one material: recomputed SR with the published and the policy-adjusted t.
     *
     * @param snapshot the snapshot
     * @param id the material
     * @param on the date of the measures for the policy-adjusted t
     * @param rank its rank, or 0
     * @return the view, or null when the material has no usable inputs
     */
    public static EuView euView(KnowledgeSnapshot snapshot, MineralId id, LocalDate on, int rank) {
        Governance governance = Governance.of(snapshot, EuSupplyRisk.WGI_FIRST, EuSupplyRisk.WGI_LAST);
        return EuInputs.of(euInputs(), id)
                .flatMap(in -> EuSupplyRisk.compute(snapshot, in, governance, TradeVariable.published())
                        .map(r -> EuView.of(
                                rank,
                                r,
                                EuSupplyRisk.compute(
                                                snapshot,
                                                in,
                                                governance,
                                                TradeVariable.policyAdjusted(snapshot, id, on))
                                        .orElseThrow())))
                .orElse(null);
    }

    /** @return the curated EU 2023 inputs bundled with lodestone-risk */
    public static List<EuInputs> euInputs() {
        return EuInputs.parse(resource(EuInputs.RESOURCE));
    }

    /** @return the salient-statistics series that value the U.S. markets, bundled with lodestone-risk */
    public static List<MarketSeries> marketSeries() {
        return MarketSeries.parse(resource(MarketSeries.RESOURCE));
    }

    private static String resource(String name) {
        try (InputStream in = EuInputs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param components components of a score
     * @return the ids of the sources their inputs cite (an input may cite several, separated by ";")
     */
    public static Set<String> sourceIds(List<ComponentView> components) {
        Set<String> ids = new TreeSet<>();
        components.forEach(c ->
                c.inputs().forEach(i -> ids.addAll(List.of(i.source().split(";")))));
        return ids;
    }

    /** @return the sources with these ids that the snapshot knows, in id order */
    public static List<SourceView> sources(KnowledgeSnapshot snapshot, Set<String> ids) {
        Set<String> known = new TreeSet<>();
        snapshot.sources().forEach(s -> known.add(s.id().value()));
        List<SourceView> out = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            if (known.contains(id)) {
                out.add(SourceView.of(snapshot.source(SourceId.of(id))));
            }
        }
        return out;
    }

    private static LodestoneRiskIndex index(
            KnowledgeSnapshot snapshot, CountryCode viewer, LocalDate on, Integer year) {
        return new LodestoneRiskIndex(
                snapshot, viewer, on, year == null ? OptionalInt.empty() : OptionalInt.of(year), marketSeries());
    }
}
