package lodestone.risk.eu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.risk.governance.Governance;

/**
 * The EU supply risk of one material's assessed stage (EC 2017 methodology, as reconstructed and validated in
 * {@code docs/research/eu-method-notes.md}):
 *
 * <pre>
 * HHI_WGI,t = Σ_c S_c² · WGI_c · t_c          S_c share (fraction), WGI_c = 5 − 2·mean6 (0 best … 10 worst)
 * SR = [HHI_WGI,t(GS) · IR/2 + HHI_WGI,t(EU) · (1 − IR/2)] · (1 − EOL_RIR) · SI_SR      (scope GS+EU)
 * SR = HHI_WGI,t(GS) · (1 − EOL_RIR) · SI_SR       (GSonly);   HHI_WGI,t(EU) · (1 − EOL_RIR) · SI_SR   (EUonly)
 * </pre>
 *
 * <p>Shares and t come from the store (EU CRM 2023 annex); WGI is the mean of the six indicators averaged over
 * {@link #WGI_FIRST}–{@link #WGI_LAST} (2024 vintage); IR, EOL-RIR and SI from {@link EuInputs}. A country with no WGI
 * value is given {@link #MISSING_WGI} (the middle of the scale) and the term is marked assumed.
 */
public final class EuSupplyRisk {
    /** Series of the global supply shares and their t in the store. */
    public static final String GLOBAL_SERIES = "EU CRM 2023 global supply";
    /** Series of the EU sourcing shares and their t in the store. */
    public static final String EU_SERIES = "EU CRM 2023 EU sourcing";
    /** First year of the WGI window (a third-party reconstruction of the 2023 study's choice). */
    public static final int WGI_FIRST = 2016;
    /** Last year of the WGI window. */
    public static final int WGI_LAST = 2020;
    /** Scaled WGI assumed for a country without a value: the middle of the 0–10 scale. */
    public static final double MISSING_WGI = 5.0;
    /** A material is critical when SR ≥ this (applied to the published, 1-decimal value). */
    public static final double SR_THRESHOLD = 1.0;
    /** A material is critical when EI ≥ this. */
    public static final double EI_THRESHOLD = 2.8;

    private EuSupplyRisk() {}

    /**
     * One country's term in a governance- and trade-weighted HHI.
     *
     * @param country the country
     * @param share its share (fraction)
     * @param wgi its scaled WGI (0–10)
     * @param wgiAssumed true if no WGI value was found and {@link #MISSING_WGI} was used
     * @param tPublished t as published
     * @param t t as used
     * @param tReason the measures that raised t, or empty
     * @param term S² · WGI · t
     * @param locator where the share comes from
     */
    public record Term(
            CountryCode country,
            double share,
            double wgi,
            boolean wgiAssumed,
            double tPublished,
            double t,
            String tReason,
            double term,
            String locator) {}

    /**
     * @param series which share set (global supply or EU sourcing)
     * @param value Σ terms
     * @param terms the country terms, largest first
     */
    public record WeightedHhi(String series, double value, List<Term> terms) {}

    /**
     * @param inputs the per-material inputs
     * @param global the global-supply term, when the scope uses it
     * @param eu the EU-sourcing term, when the scope uses it
     * @param globalWeight the weight of the global term (IR/2, or 1 for GSonly, 0 for EUonly)
     * @param supplyRisk the recomputed SR of the assessed stage (unrounded)
     * @param annexSupplyRisk the overall SR published in Annex 4 of the 2023 study (in the store), if any
     * @param trade the t used (published or policy-adjusted)
     */
    public record Result(
            EuInputs inputs,
            Optional<WeightedHhi> global,
            Optional<WeightedHhi> eu,
            double globalWeight,
            double supplyRisk,
            OptionalDouble annexSupplyRisk,
            TradeVariable trade) {
        /** @return the mineral */
        public MineralId mineral() {
            return inputs.mineral();
        }
    }

    /**
     * @param snapshot the snapshot (EU CRM shares and t, WGI)
     * @param inputs the material's inputs
     * @param governance WGI over the EU window
     * @param trade the trade variable to use
     * @return the SR of the assessed stage, or empty if the shares the scope needs are not in the snapshot or the row
     *     is excluded
     */
    public static Optional<Result> compute(
            KnowledgeSnapshot snapshot, EuInputs inputs, Governance governance, TradeVariable trade) {
        Objects.requireNonNull(trade, "trade");
        if (!inputs.usable()) {
            return Optional.empty();
        }
        EuInputs.Scope scope = inputs.scope();
        Optional<WeightedHhi> global = scope == EuInputs.Scope.EU_ONLY
                ? Optional.empty()
                : weighted(snapshot, inputs, Metric.SUPPLY_SHARE, GLOBAL_SERIES, governance, trade);
        Optional<WeightedHhi> eu = scope == EuInputs.Scope.GS_ONLY
                ? Optional.empty()
                : weighted(snapshot, inputs, Metric.SOURCING_SHARE, EU_SERIES, governance, trade);
        double weight;
        double hhi;
        switch (scope) {
            case GS_ONLY -> {
                if (global.isEmpty()) {
                    return Optional.empty();
                }
                weight = 1;
                hhi = global.get().value();
            }
            case EU_ONLY -> {
                if (eu.isEmpty()) {
                    return Optional.empty();
                }
                weight = 0;
                hhi = eu.get().value();
            }
            default -> {
                if (global.isEmpty() || eu.isEmpty()) {
                    return Optional.empty();
                }
                weight = inputs.importReliance().orElseThrow() / 2;
                hhi = blend(
                        global.get().value(),
                        eu.get().value(),
                        inputs.importReliance().orElseThrow());
            }
        }
        double sr = supplyRisk(hhi, inputs.eolRir(), inputs.substitutionSr());
        return Optional.of(new Result(inputs, global, eu, weight, sr, annex(snapshot, inputs.mineral()), trade));
    }

    /**
     * One country's term of the weighted HHI: {@code S² · WGI · t}.
     *
     * @param share the share (fraction)
     * @param wgi the scaled WGI (0–10)
     * @param t the trade variable
     * @return the term
     */
    public static double term(double share, double wgi, double t) {
        return share * share * wgi * t;
    }

    /**
     * The blend of the two concentrations by import reliance: {@code HHI_GS · IR/2 + HHI_EU · (1 − IR/2)}.
     *
     * @param global HHI_WGI,t of global supply
     * @param eu HHI_WGI,t of EU sourcing
     * @param importReliance IR, a fraction in [0, 1]
     * @return the blended concentration
     */
    public static double blend(double global, double eu, double importReliance) {
        if (!(importReliance >= 0 && importReliance <= 1)) {
            throw new IllegalArgumentException("import reliance (" + importReliance + ") must be within [0, 1].");
        }
        return global * importReliance / 2 + eu * (1 - importReliance / 2);
    }

    /**
     * The reduction filters: {@code HHI · (1 − EOL_RIR) · SI_SR}.
     *
     * @param hhi the (blended) weighted concentration
     * @param eolRir end-of-life recycling input rate, a fraction
     * @param substitution SI_SR (≤ 1)
     * @return the SR
     */
    public static double supplyRisk(double hhi, double eolRir, double substitution) {
        if (!(eolRir >= 0 && eolRir <= 1) || !(substitution >= 0 && substitution <= 1)) {
            throw new IllegalArgumentException(
                    "EOL-RIR (" + eolRir + ") and SI_SR (" + substitution + ") must be within [0, 1].");
        }
        return hhi * (1 - eolRir) * substitution;
    }

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @return the SR published for 2023 in Annex 4 of the study, if the store has it
     */
    public static OptionalDouble annex(KnowledgeSnapshot snapshot, MineralId mineral) {
        return snapshot.observations(mineral, Metric.SUPPLY_RISK).stream()
                .filter(o -> o.period().endYear() == 2023 && o.quantity().isPresent())
                .mapToDouble(Observation::valueOrNaN)
                .findFirst();
    }

    private static Optional<WeightedHhi> weighted(
            KnowledgeSnapshot snapshot,
            EuInputs inputs,
            Metric metric,
            String series,
            Governance governance,
            TradeVariable trade) {
        Map<CountryCode, Double> tByCountry = new HashMap<>();
        for (Observation o : snapshot.observations(inputs.mineral(), Metric.TRADE_VARIABLE)) {
            if (o.series().equals(series)
                    && o.stage().equals(Optional.of(inputs.stage()))
                    && o.area() instanceof Area.CountryArea country) {
                tByCountry.put(country.country(), o.valueOrNaN());
            }
        }
        List<Term> terms = new ArrayList<>();
        for (Observation o : snapshot.observations(inputs.mineral(), metric)) {
            if (!o.series().equals(series)
                    || !o.stage().equals(Optional.of(inputs.stage()))
                    || !(o.area() instanceof Area.CountryArea area)
                    || o.quantity().isEmpty()) {
                continue;
            }
            CountryCode country = area.country();
            double share = o.valueOrNaN();
            OptionalDouble scaled = governance.euScaled(country);
            double wgi = scaled.orElse(MISSING_WGI);
            double published = tByCountry.getOrDefault(country, 1.0);
            double t = trade.t(country, published);
            terms.add(new Term(
                    country,
                    share,
                    wgi,
                    scaled.isEmpty(),
                    published,
                    t,
                    trade.reason(country),
                    term(share, wgi, t),
                    o.provenance().locator()));
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        terms.sort(Comparator.comparingDouble(Term::term)
                .reversed()
                .thenComparing(term -> term.country().value()));
        return Optional.of(
                new WeightedHhi(series, terms.stream().mapToDouble(Term::term).sum(), terms));
    }
}
