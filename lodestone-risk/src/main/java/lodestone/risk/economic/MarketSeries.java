package lodestone.risk.economic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import lodestone.model.mineral.MineralId;
import lodestone.risk.csv.CuratedCsv;

/**
 * Which salient-statistics series give a mineral's apparent consumption and unit price, from the curated resource
 * {@value #RESOURCE}. The resource chooses series; every number comes from the store with its own source. The
 * resource's cells are parsed into their labels once, when the row is built.
 *
 * @param mineral the mineral
 * @param consumptionLabels the series labels of the consumption observations, one per edition (e.g. {@code
 *     Consumption (includes secondary): Apparent} in MCS 2026 and {@code Consump_Apparent_t} in MCS 2025)
 * @param priceLabels the series labels of the price observations, one per edition
 * @param note what the two series count, and where their bases differ
 */
public record MarketSeries(MineralId mineral, List<String> consumptionLabels, List<String> priceLabels, String note) {
    /** The resource the selection is read from. */
    public static final String RESOURCE = "lodestone/risk/economic/us-market-series.csv";

    /** Separates the labels one series has in different editions (MCS 2025 columns, MCS 2026 details). */
    public static final String ALTERNATIVES = " | ";

    /**
     * @throws IllegalArgumentException if a list of labels is empty, holds a blank label or one label twice
     */
    public MarketSeries {
        consumptionLabels = checked("consumption", mineral, consumptionLabels);
        priceLabels = checked("price", mineral, priceLabels);
    }

    /**
     * A row from the resource's cells, each parsed once into its labels.
     *
     * @param mineral the mineral
     * @param consumptionSeries the consumption series' labels, one per edition separated by {@value #ALTERNATIVES}
     *     (e.g. {@code Consumption (includes secondary): Apparent | Consump_Apparent_t})
     * @param priceSeries the price series' labels, separated the same way
     * @param note what the two series count, and where their bases differ
     * @throws IllegalArgumentException if a cell is blank, holds an empty label or one label twice
     */
    public MarketSeries(MineralId mineral, String consumptionSeries, String priceSeries, String note) {
        this(mineral, labels("consumption", mineral, consumptionSeries), labels("price", mineral, priceSeries), note);
    }

    /** @return the consumption series as the resource writes it, its labels separated by {@value #ALTERNATIVES} */
    public String consumptionSeries() {
        return String.join(ALTERNATIVES, consumptionLabels);
    }

    /** @return the price series as the resource writes it, its labels separated by {@value #ALTERNATIVES} */
    public String priceSeries() {
        return String.join(ALTERNATIVES, priceLabels);
    }

    private static List<String> labels(String what, MineralId mineral, String cell) {
        if (cell == null || cell.isBlank()) {
            throw new IllegalArgumentException(what + " series of " + mineral + " must not be blank.");
        }
        List<String> out = new ArrayList<>();
        for (String label : cell.split(Pattern.quote(ALTERNATIVES.trim()), -1)) {
            String trimmed = label.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException(
                        what + " series of " + mineral + " has an empty label in '" + cell + "'.");
            }
            out.add(trimmed);
        }
        return out;
    }

    private static List<String> checked(String what, MineralId mineral, List<String> labels) {
        List<String> copy = List.copyOf(labels);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " series of " + mineral + " must not be blank.");
        }
        Set<String> seen = new HashSet<>();
        for (String label : copy) {
            if (label.isBlank()) {
                throw new IllegalArgumentException(what + " series of " + mineral + " has an empty label in '"
                        + String.join(ALTERNATIVES, copy) + "'.");
            }
            if (!seen.add(label)) {
                throw new IllegalArgumentException(what + " series of " + mineral + " lists '" + label + "' twice.");
            }
        }
        return copy;
    }

    /**
     * Parses the resource's text (the caller reads {@link #RESOURCE} from the classpath: this module does no I/O).
     *
     * @param text the CSV text, with {@code #} comment lines and a header
     * @return the rows, one per mineral
     * @throws IllegalArgumentException naming the line if a row has not 4 cells, a series is blank or a mineral is
     *     listed twice
     */
    public static List<MarketSeries> parse(String text) {
        List<MarketSeries> out = new ArrayList<>();
        for (CuratedCsv.Row row : CuratedCsv.rows(RESOURCE, text, 4)) {
            List<String> cells = row.cells();
            MarketSeries series;
            try {
                series = new MarketSeries(
                        MineralId.of(cells.get(0).trim()),
                        cells.get(1).trim(),
                        cells.get(2).trim(),
                        cells.get(3).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + row.line() + ": " + e.getMessage(), e);
            }
            if (of(out, series.mineral()).isPresent()) {
                throw new IllegalArgumentException(
                        RESOURCE + ":" + row.line() + ": mineral (" + series.mineral() + ") is listed twice.");
            }
            out.add(series);
        }
        return List.copyOf(out);
    }

    /**
     * @param all the selection
     * @param mineral the mineral
     * @return its row, if any
     */
    public static Optional<MarketSeries> of(List<MarketSeries> all, MineralId mineral) {
        return all.stream().filter(row -> row.mineral().equals(mineral)).findFirst();
    }
}
