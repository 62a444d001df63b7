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
import lodestone.risk.eu.EuInputs;
import lodestone.risk.eu.EuSupplyRisk;
import lodestone.risk.eu.TradeVariable;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MeasuresInForce;
import lodestone.risk.index.RiskScore;

/** The supply-risk ranking and breakdown (Lodestone method), shared by `lodestone risk` and the server. */
public final class RiskReports {
    /** The index formula, as output shows it. */
    public static final String FORMULA = "score = 100 · C · (1 + D)/2 · (2 + M)/3 · (1 − A/4)";

    private RiskReports() {}

    /**
     * The Lodestone ranking.
     *
     * @param method "lodestone"
     * @param perspective the dependent country
     * @param on the date of the measures
     * @param year the production year asked for, or null for the latest
     * @param formula the formula
     * @param ranking every scored mineral, highest first
     * @param unscored minerals without supply shares
     * @param sources every source cited by an input
     */
    public record Ranking(
            String method,
            String perspective,
            LocalDate on,
            Integer year,
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
     * @param rank rank, or null if not scored
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
     * @param snapshot the snapshot
     * @param viewer the perspective country
     * @param on the date of the measures in force
     * @param year the production year, or null for the latest
     * @return the ranking
     */
    public static Ranking ranking(KnowledgeSnapshot snapshot, Country viewer, LocalDate on, Integer year) {
        List<RiskScore> scores = index(snapshot, viewer.code(), on, year).rank();
        List<ScoreView> views = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            views.add(ScoreView.of(snapshot, i + 1, scores.get(i)));
        }
        Set<MineralId> scored = new TreeSet<>();
        scores.forEach(s -> scored.add(s.mineral()));
        List<String> unscored = snapshot.minerals().all().stream()
                .map(Mineral::id)
                .filter(id -> !scored.contains(id) && !id.equals(Governance.WGI_ENTRY))
                .map(MineralId::value)
                .toList();
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> v.components()
                .forEach(c ->
                        c.inputs().forEach(i -> ids.addAll(List.of(i.source().split(";"))))));
        return new Ranking(
                "lodestone", viewer.code().value(), on, year, FORMULA, views, unscored, sources(snapshot, ids));
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
        List<RiskScore> ranking = index.rank();
        Integer rank = null;
        RiskScore score = null;
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).mineral().equals(subject.id())) {
                rank = i + 1;
                score = ranking.get(i);
            }
        }
        List<ConcentrationView> concentration = index.stageSets(subject.id()).stream()
                .filter(set -> !set.producers().isEmpty())
                .map(set -> ConcentrationView.of(snapshot, set, chosen.code()))
                .toList();
        DependencyView dependency = DependencyView.of(snapshot, Dependency.of(snapshot, subject.id(), viewer.code()));
        List<MeasureLine> measures = MeasuresInForce.binding(snapshot, subject.id(), on, viewer.code()::equals).stream()
                .map(m -> MeasureLine.of(m, on))
                .toList();
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
        components.forEach(c ->
                c.inputs().forEach(i -> ids.addAll(List.of(i.source().split(";")))));
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
        try (InputStream in = EuInputs.class.getClassLoader().getResourceAsStream(EuInputs.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the resource " + EuInputs.RESOURCE + " is missing from the classpath.");
            }
            return EuInputs.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return new LodestoneRiskIndex(snapshot, viewer, on, year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }
}
