package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.chain.Stage;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.quantity.Unit;

/**
 * What a value of a mineral's history measures, the same in every edition: the mineral, the metric (and for production
 * its stage and basis), the unit, and the product or form. Two values with the same key are values of one series, by
 * whichever label each edition or table gives it; values with different keys are never paired.
 *
 * <p>The product is read from the series label by one rule ({@link #of(Observation, boolean)}); the {@link SeriesCrosswalk}
 * names the few labels the rule cannot read alike.
 *
 * @param mineral the mineral id
 * @param metric the metric id: {@code production} (world), {@code net-import-reliance} (United States), {@code price}
 * @param stage the supply-chain stage id for production, "" otherwise
 * @param basis the basis id for production ({@code gross}, {@code contained}, ...), "" otherwise
 * @param unit the canonical unit of the values (fractions for reliance: 0.67 is 67 %); two units are two series, even
 *     where their symbols are alike
 * @param product the product or form in the words of the label, e.g. "Mischmetal, 65% cerium, 35% lanthanum" or
 *     "Scrap and flake"; "" for the whole commodity (and for production, which the stage and basis name)
 */
public record SeriesKey(String mineral, String metric, String stage, String basis, Unit unit, String product) {
    /** A MCS 2025 salient-statistics column code: a statistic, qualifiers and a unit joined by underscores. */
    private static final Pattern COLUMN_CODE = Pattern.compile("[A-Za-z0-9]+(?:_[A-Za-z0-9-]*)+");

    /** A label of a table naming the commodity first: {@code Fig. 2: MICA (NATURAL), sheet}, {@code Table 5: Gallium}. */
    private static final Pattern COMMODITY_TABLE = Pattern.compile("(?:Fig\\. 2|Table [57]): (.*)");

    /** The end of a metadata definition's first sentence: a full stop before a capital letter or at the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?:\\s+(?=\\p{Lu})|\\s*$)");

    /** Parts of a label that name the statistic, not the product (compared in lower case). */
    private static final Pattern STATISTIC =
            Pattern.compile("price|prices|value|average|average value|annual average|average annual"
                    + "|net import reliance ?as a percentage of apparent consumption|net import reliance");

    /** Words of a part that state the unit (compared apart, as the stored canonical unit) or reword one statistic. */
    private static final Pattern UNIT_WORDS = Pattern.compile(
            "(?i)(?:dollars|cents) per (?:metric ton|short ton|ton|kilogram|pound|troy ounce|gram|carat)\\b|\\bunit (?=value)");

    /** Words of a world-table label that name the statistic, not the series. */
    private static final Pattern PRODUCTION_WORDS =
            Pattern.compile("(?i)\\b(?:mine|refinery|plant|smelter|production|estimated|total)\\b");

    /**
     * The key of one observation, by one rule:
     *
     * <ol>
     *   <li>Production is the world's: its stage and basis, which the store's series mapping gives each edition's
     *       world-table label, name it, and the product is ""; where an edition's world table gives several series of
     *       one stage and basis in a year (pig iron and raw steel), each is named by {@link #production(String,
     *       String) its label's words}.
     *   <li>Otherwise the label is read as the source words it: a MCS 2025 salient column code ({@code NIR_Flake_pct})
     *       by the first sentence of its definition in the release's metadata (the observation's note: "Scrap and
     *       flake: Net import reliance as a percentage of apparent consumption."), the words MCS 2026 prints as the
     *       statistic's detail; a code without a definition by its qualifiers ({@code Flake}); a figure's or table's
     *       label ({@code Fig. 2: MICA (NATURAL), scrap and flake}) by what follows the commodity's name.
     *   <li>The label is cut at colons and commas; the parts naming the statistic or its unit ("Price", "average",
     *       "net import reliance as a percentage of apparent consumption", "dollars per kilogram") are dropped (the
     *       unit is compared as the stored canonical unit); the rest, in order, is the product.
     *   <li>Two products are the same when their {@link #slug() slugs} are: letters and digits in lower case.
     * </ol>
     *
     * @param o an observation with a quantity
     * @param severalSeries for production, whether its edition gives several series of its stage and basis that year
     * @return its key, before the crosswalk
     */
    public static SeriesKey of(Observation o, boolean severalSeries) {
        Unit unit = o.quantity().orElseThrow().unit();
        String mineral = o.mineral().value();
        if (o.metric() == Metric.PRODUCTION) {
            return new SeriesKey(
                    mineral,
                    o.metric().id(),
                    o.stage().map(Stage::id).orElse(""),
                    o.basis().id(),
                    unit,
                    severalSeries ? production(mineral, o.series()) : "");
        }
        return new SeriesKey(mineral, o.metric().id(), "", "", unit, product(mineral, o.series(), o.note()));
    }

    /**
     * @param mineral the mineral id
     * @param series a world-table label
     * @return its product: the label's parts without the words naming the statistic ("mine", "refinery", "plant",
     *     "smelter", "production", "estimated", "total") and without parts naming the mineral itself
     */
    static String production(String mineral, String series) {
        List<String> kept = new ArrayList<>();
        for (String part : series.split("[:,]", -1)) {
            String words = PRODUCTION_WORDS.matcher(part).replaceAll("").strip().replaceAll("\\s+", " ");
            if (!words.isEmpty() && !slug(words).equals(mineral)) {
                kept.add(words);
            }
        }
        return String.join(", ", kept);
    }

    /**
     * @param mineral the mineral id
     * @param series the series label as stored
     * @param note the observation's note (for a MCS 2025 column code, the column's metadata definition)
     * @return the product the label names, without parts that name the mineral itself (the chapter's commodity, which
     *     one edition names before the statistic: "Bauxite: Net import reliance ..."); "" for the whole commodity
     */
    static String product(String mineral, String series, String note) {
        List<String> parts = new ArrayList<>(List.of(product(series, note).split(", ", -1)));
        parts.removeIf(part -> part.isEmpty() || slug(part).equals(mineral));
        return String.join(", ", parts);
    }

    /**
     * @param series the series label as stored
     * @param note the observation's note (for a MCS 2025 column code, the column's metadata definition)
     * @return the product the label names, "" for the whole commodity
     */
    static String product(String series, String note) {
        String label = series.strip();
        Matcher table = COMMODITY_TABLE.matcher(label);
        if (table.matches()) {
            int comma = table.group(1).indexOf(',');
            return comma < 0 ? "" : product(table.group(1).substring(comma + 1));
        }
        if (COLUMN_CODE.matcher(label).matches()) {
            Optional<String> definition = firstSentence(note);
            if (definition.isPresent()) {
                return product(definition.get());
            }
            String[] parts = label.split("_", -1);
            List<String> qualifiers = List.of(parts).subList(1, Math.max(1, parts.length - 1));
            return product(String.join(", ", qualifiers).replace('-', ' '));
        }
        return product(label);
    }

    /**
     * @param series a series label
     * @return whether it is a figure's or summary table's label, which names the commodity first ({@code Fig. 2:
     *     GALLIUM}, {@code Table 5: Gallium})
     */
    static boolean isCommodityTable(String series) {
        return COMMODITY_TABLE.matcher(series.strip()).matches();
    }

    /** @return the label's parts that name the product, joined by ", " */
    private static String product(String label) {
        List<String> kept = new ArrayList<>();
        for (String part : label.split("[:,]", -1)) {
            String words = UNIT_WORDS.matcher(part).replaceAll("").strip().replaceAll("\\s+", " ");
            if (!words.isEmpty()
                    && !STATISTIC.matcher(words.toLowerCase(Locale.ROOT)).matches()) {
                kept.add(words);
            }
        }
        return String.join(", ", kept);
    }

    private static Optional<String> firstSentence(String note) {
        String text = note.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher end = SENTENCE_END.matcher(text);
        return Optional.of(end.find() ? text.substring(0, end.start()) : text);
    }

    /** @return the product compared: its letters and digits in lower case, joined by hyphens ("" for none) */
    public String slug() {
        return slug(product);
    }

    static String slug(String product) {
        return product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** @return the same key naming another product */
    public SeriesKey withProduct(String other) {
        return new SeriesKey(mineral, metric, stage, basis, unit, other);
    }

    /**
     * @return the key as text, the same for every label of the series: mineral, metric (with stage and basis for
     *     production), unit (its symbol; {@code share} for fractions, the unit's name where it has no symbol) and
     *     product ({@code all} for the whole commodity), joined by "|", e.g. {@code
     *     rare-earths|price|USD/kg|mischmetal-65-cerium-35-lanthanum}
     */
    public String id() {
        String what = metric + (stage.isEmpty() ? "" : ":" + stage) + (basis.isEmpty() ? "" : ":" + basis);
        String units = unit == Unit.FRACTION
                ? "share"
                : unit.symbol().isEmpty() ? unit.name().toLowerCase(Locale.ROOT) : unit.symbol();
        return String.join("|", mineral, what, units, product.isEmpty() ? "all" : slug());
    }
}
