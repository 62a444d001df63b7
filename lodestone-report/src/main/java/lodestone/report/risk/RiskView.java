package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.policy.TradeMeasure;
import lodestone.model.provenance.SourceId;
import lodestone.report.Names;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.concentration.ProducerShare;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.eu.EuCriticality;
import lodestone.risk.eu.EuRecomputation;
import lodestone.risk.eu.EuSupplyRisk;
import lodestone.risk.index.Component;
import lodestone.risk.index.Input;
import lodestone.risk.index.MeasuresInForce;
import lodestone.risk.index.RiskScore;
import lodestone.risk.usgs.UsgsAssessment;
import org.jspecify.annotations.Nullable;

/** JSON-ready views of the risk results: plain values, nulls for missing numbers, every source by id. */
public final class RiskView {
    private RiskView() {}

    /** An input of a component. */
    public record InputView(
            String name, @Nullable Double value, String unit, String source, String locator, String note) {
        public static InputView of(Input input) {
            return new InputView(
                    input.name(),
                    input.value().orElse(null),
                    input.unit(),
                    input.source(),
                    input.locator(),
                    input.note());
        }
    }

    /** A component of a score. */
    public record ComponentView(String name, double value, String formula, boolean assumed, List<InputView> inputs) {
        public static ComponentView of(Component c) {
            return new ComponentView(
                    c.name(),
                    c.value(),
                    c.formula(),
                    c.assumed(),
                    c.inputs().stream().map(InputView::of).toList());
        }
    }

    /** One scored mineral. */
    public record ScoreView(
            int rank, String mineral, String name, double score, String formula, List<ComponentView> components) {
        public static ScoreView of(KnowledgeSnapshot snapshot, int rank, RiskScore score) {
            return new ScoreView(
                    rank,
                    score.mineral().value(),
                    snapshot.minerals().require(score.mineral()).name(),
                    score.score(),
                    score.formula(),
                    score.components().stream().map(ComponentView::of).toList());
        }
    }

    /** The USGS 2021 supply risk of one mineral. */
    public record UsgsView(
            @Nullable Integer rank,
            String mineral,
            String name,
            @Nullable Double supplyRisk,
            boolean aboveThreshold,
            boolean assumed,
            List<String> lists,
            String formula,
            List<UsgsAssessment.YearResult> years,
            List<ComponentView> components,
            String note) {
        public static UsgsView of(KnowledgeSnapshot snapshot, @Nullable Integer rank, UsgsAssessment a) {
            return new UsgsView(
                    rank,
                    a.mineral().value(),
                    snapshot.minerals().require(a.mineral()).name(),
                    a.supplyRisk().isPresent() ? a.supplyRisk().getAsDouble() : null,
                    a.aboveThreshold(),
                    a.assumed(),
                    snapshot.lists().stream()
                            .filter(l -> l.contains(a.mineral()))
                            .map(l -> l.id())
                            .toList(),
                    a.formula(),
                    a.years(),
                    a.components().stream().map(ComponentView::of).toList(),
                    a.note());
        }
    }

    /** A producer's share. */
    public record ShareLine(String country, String name, double share, String source, String locator) {}

    /** Concentration of one stage set. */
    public record ConcentrationView(
            String mineral,
            String stage,
            String period,
            String series,
            List<String> sources,
            double hhi,
            double hhiUpperBound,
            String top1Country,
            double top1Share,
            double top3Share,
            String chosenCountry,
            @Nullable Double chosenCountryShare,
            double remainder,
            String remainderTreatment,
            List<ShareLine> shares) {
        public static ConcentrationView of(KnowledgeSnapshot snapshot, SupplyShares set, CountryCode chosen) {
            List<ShareLine> lines = new ArrayList<>();
            for (ProducerShare p : set.producers()) {
                lines.add(new ShareLine(
                        p.area().code(),
                        Names.area(snapshot, p.area()),
                        p.share(),
                        p.observation().provenance().source().value(),
                        p.observation().provenance().locator()));
            }
            ProducerShare top = set.producers().get(0);
            return new ConcentrationView(
                    set.mineral().value(),
                    set.stage().id(),
                    set.period().toString(),
                    set.series(),
                    set.sources().stream().map(SourceId::value).toList(),
                    set.hhi(),
                    set.hhiUpperBound(),
                    top.area().code(),
                    top.share(),
                    set.top3(),
                    chosen.value(),
                    set.shareOf(Area.country(chosen)).map(ProducerShare::share).orElse(null),
                    set.remainder(),
                    set.treatment()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'),
                    lines);
        }
    }

    /** A measure and its status on the date. */
    public record MeasureLine(
            String id,
            String issuer,
            String kind,
            String state,
            boolean binds,
            String status,
            String legalReference,
            List<String> sources) {
        /** A measure whose suspension ended with no later record: lapsed, status unknown, counted at half weight. */
        public static MeasureLine lapsed(TradeMeasure m, LocalDate on) {
            return of(
                    m,
                    on,
                    false,
                    MeasuresInForce.LAPSED + " (" + m.status(on).description() + "); counted at weight "
                            + MeasuresInForce.LAPSED_WEIGHT);
        }

        public static MeasureLine of(TradeMeasure m, LocalDate on) {
            return of(m, on, m.status(on).state().binds(), m.status(on).description());
        }

        private static MeasureLine of(TradeMeasure m, LocalDate on, boolean binds, String status) {
            return new MeasureLine(
                    m.id(),
                    m.issuer().value(),
                    m.kind().id(),
                    m.status(on).state().id(),
                    binds,
                    status,
                    m.legalReference(),
                    m.sources().stream().map(SourceId::value).toList());
        }
    }

    /** One country's term in a weighted HHI. */
    public record TermView(
            String country,
            double share,
            double wgi,
            boolean wgiAssumed,
            double tPublished,
            double t,
            String tRaisedBy,
            double term,
            String locator) {}

    /** A weighted HHI. */
    public record WeightedHhiView(String series, double value, List<TermView> terms) {
        public static @Nullable WeightedHhiView of(EuSupplyRisk.@Nullable WeightedHhi w) {
            return w == null
                    ? null
                    : new WeightedHhiView(
                            w.series(),
                            w.value(),
                            w.terms().stream()
                                    .map(t -> new TermView(
                                            t.country().value(),
                                            t.share(),
                                            t.wgi(),
                                            t.wgiAssumed(),
                                            t.tPublished(),
                                            t.t(),
                                            t.tReason(),
                                            t.term(),
                                            t.locator()))
                                    .toList());
        }
    }

    /** The EU SR of one material, published t and policy-adjusted. */
    public record EuView(
            int rank,
            String mineral,
            String material,
            String stage,
            String scope,
            @Nullable Double importReliance,
            double eolRir,
            double substitutionSr,
            double supplyRisk,
            Double policyAdjustedSupplyRisk,
            @Nullable Double publishedStageSupplyRisk,
            @Nullable Double annexSupplyRisk,
            String inputStatus,
            String inputNote,
            String formula,
            @Nullable WeightedHhiView global,
            @Nullable WeightedHhiView eu,
            @Nullable WeightedHhiView globalPolicyAdjusted,
            List<String> sources)
            implements Tabular {

        /**
         * One country's term of the global or EU-sourcing HHI_WGI-t sum, with the t adjusted to the measures in force.
         *
         * @param series the HHI's series
         * @param term the term with the published t
         * @param policyT the t adjusted to the measures in force (global series), else the published t
         */
        public record TermRow(String series, TermView term, double policyT) {}

        /** The columns of a term. */
        public static final List<Column<TermRow>> TERM_COLUMNS = List.of(
                Column.of("series", "SERIES", TermRow::series),
                Column.<TermRow>of("country", "COUNTRY", r -> r.term().country()),
                Column.<TermRow>of("share", "SHARE", r -> Format.round(r.term().share(), 4))
                        .in(Unit.FRACTION),
                Column.<TermRow>of("wgi", "WGI", r -> Format.round(r.term().wgi(), 3))
                        .in(Unit.dimensionless("World Governance Indicators score rescaled to 0-10 by the EU method")),
                Column.<TermRow>of("t_published", "T", r -> r.term().tPublished())
                        .in(Unit.dimensionless("EU trade variable t, 1 to 1.2")),
                Column.of("t", "T POLICY", TermRow::policyT).in(Unit.dimensionless("EU trade variable t, 1 to 1.2")),
                Column.<TermRow>of("term", "TERM", r -> Format.round(r.term().term(), 4))
                        .in(Unit.dimensionless("share x governance x trade: one term of the EU HHI-WGI sum")),
                Column.<TermRow>of("t_raised_by", "RAISED BY", r -> r.term().tRaisedBy()));

        /** @return one row per country term of the global and EU-sourcing HHI_WGI-t sums */
        @Override
        public Table<TermRow> table() {
            List<TermRow> rows = new ArrayList<>();
            WeightedHhiView[] series = {global, eu};
            for (int i = 0; i < series.length; i++) {
                WeightedHhiView w = series[i];
                if (w == null) {
                    continue;
                }
                for (TermView t : w.terms()) {
                    double policyT = t.t();
                    if (i == 0 && globalPolicyAdjusted != null) {
                        policyT = globalPolicyAdjusted.terms().stream()
                                .filter(p -> p.country().equals(t.country()))
                                .mapToDouble(TermView::t)
                                .findFirst()
                                .orElse(t.t());
                    }
                    rows.add(new TermRow(w.series(), t, policyT));
                }
            }
            return Table.of(TERM_COLUMNS, rows);
        }

        /**
         * @param ranked a material with its published and policy-adjusted SR
         * @return its view
         */
        public static EuView of(EuRecomputation.Ranked ranked) {
            int rank = ranked.rank();
            EuSupplyRisk.Result r = ranked.published();
            EuSupplyRisk.Result adjusted = ranked.adjusted();
            var in = r.inputs();
            String formula = String.format(
                    java.util.Locale.ROOT,
                    "SR = [%s · %.3f + %s · %.3f] · (1 − %.2f) · %.2f = %.3f",
                    r.global()
                            .map(g -> String.format(java.util.Locale.ROOT, "%.4f", g.value()))
                            .orElse("0"),
                    r.globalWeight(),
                    r.eu().map(g -> String.format(java.util.Locale.ROOT, "%.4f", g.value()))
                            .orElse("0"),
                    1 - r.globalWeight(),
                    in.eolRir(),
                    in.substitutionSr(),
                    r.supplyRisk());
            Set<String> sources = new TreeSet<>(List.of("eu-crm-2023-study", "world-bank-wgi-2024"));
            adjusted.trade().measures().forEach(m -> m.sources().forEach(s -> sources.add(s.value())));
            return new EuView(
                    rank,
                    in.mineral().value(),
                    in.material(),
                    in.stage().id(),
                    in.scope().label(),
                    in.importReliance().isPresent() ? in.importReliance().getAsDouble() : null,
                    in.eolRir(),
                    in.substitutionSr(),
                    r.supplyRisk(),
                    adjusted.supplyRisk(),
                    in.publishedStageSr().isPresent() ? in.publishedStageSr().getAsDouble() : null,
                    r.annexSupplyRisk().isPresent() ? r.annexSupplyRisk().getAsDouble() : null,
                    in.status(),
                    in.note(),
                    formula,
                    WeightedHhiView.of(r.global().orElse(null)),
                    WeightedHhiView.of(r.eu().orElse(null)),
                    WeightedHhiView.of(adjusted.global().orElse(null)),
                    List.copyOf(sources));
        }
    }

    /** List membership from published values. */
    public record ListView(int year, int critical, List<String> members, List<String> strategicAdditions, int total) {
        public static ListView of(KnowledgeSnapshot snapshot, int year) {
            List<String> members = EuCriticality.critical(snapshot, year).stream()
                    .map(id -> id.value())
                    .toList();
            List<String> added = year == 2023
                    ? EuCriticality.STRATEGIC_ADDITIONS_2023.stream()
                            .map(id -> id.value())
                            .sorted()
                            .toList()
                    : List.of();
            return new ListView(year, members.size(), members, added, members.size() + added.size());
        }
    }
}
