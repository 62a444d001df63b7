package lodestone.risk.eu;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureKind;
import lodestone.model.policy.TradeMeasure;
import lodestone.risk.index.MeasuresInForce;

/**
 * The trade variable t that enters the EU supply risk: either as published in the 2023 annex, or adjusted to the
 * trade measures in force on a date.
 *
 * <p><b>Policy adjustment (a Lodestone assumption, not the EU's rule, which is not published).</b> For each country
 * that issued a measure binding on the date, covering the mineral and targeting all destinations or an EU member
 * state, t becomes {@code max(t_published, t(kind))} with the mapping of {@link #of(MeasureKind)}: ban 1.5, quota
 * 1.3, licensing 1.2, export tax 1.2, technology control 1.1, content rule 1.1. The values stay within the range the
 * 2023 annex uses for restricted cases (1.1–1.5). Every other country keeps its published t.
 */
public final class TradeVariable {
    /** The EU-27 member states (ISO 3166-1 alpha-2), whose published t is 0.8. */
    public static final Set<String> EU_MEMBERS = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private final Optional<LocalDate> on;
    private final List<TradeMeasure> measures;

    private TradeVariable(Optional<LocalDate> on, List<TradeMeasure> measures) {
        this.on = on;
        this.measures = List.copyOf(measures);
    }

    /** @return t as published in the 2023 annex */
    public static TradeVariable published() {
        return new TradeVariable(Optional.empty(), List.of());
    }

    /**
     * @param snapshot the snapshot with trade measures
     * @param mineral the mineral
     * @param on the date
     * @return t adjusted to the measures binding on the date that target the EU
     */
    public static TradeVariable policyAdjusted(KnowledgeSnapshot snapshot, MineralId mineral, LocalDate on) {
        return new TradeVariable(
                Optional.of(on),
                MeasuresInForce.binding(snapshot, mineral, on, country -> EU_MEMBERS.contains(country.value())));
    }

    /**
     * The Lodestone mapping from a measure's kind to t.
     *
     * @param kind the kind
     * @return t for a country that applies such a measure
     */
    public static double of(MeasureKind kind) {
        return switch (kind) {
            case BAN -> 1.5;
            case QUOTA -> 1.3;
            case LICENSING, EXPORT_TAX -> 1.2;
            case TECHNOLOGY_CONTROL, CONTENT_RULE -> 1.1;
        };
    }

    /** @return the date of the adjustment, empty for the published t */
    public Optional<LocalDate> on() {
        return on;
    }

    /** @return the binding measures the adjustment rests on */
    public List<TradeMeasure> measures() {
        return measures;
    }

    /**
     * @param country the supplying country
     * @param published its published t
     * @return the t to use
     */
    public double t(CountryCode country, double published) {
        Objects.requireNonNull(country, "country");
        double t = published;
        for (TradeMeasure measure : measures) {
            if (measure.issuer().equals(country)) {
                t = Math.max(t, of(measure.kind()));
            }
        }
        return t;
    }

    /**
     * @param country the supplying country
     * @return the ids of the measures that raise its t, comma-separated, or empty
     */
    public String reason(CountryCode country) {
        return String.join(
                ", ",
                measures.stream()
                        .filter(m -> m.issuer().equals(country))
                        .map(m -> m.id() + " (" + m.kind().id() + ")")
                        .toList());
    }
}
