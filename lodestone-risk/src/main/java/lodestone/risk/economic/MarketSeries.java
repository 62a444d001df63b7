package lodestone.risk.economic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import lodestone.model.mineral.MineralId;
import lodestone.risk.internal.CuratedCsv;

/**
 * Which salient-statistics series give a mineral's apparent consumption and unit price, from the curated resource
 * {@value #RESOURCE}. The resource chooses series; every number comes from the store with its own source.
 *
 * @param mineral the mineral
 * @param consumptionSeries the series label of the consumption observations, one per edition separated by
 *     {@value #ALTERNATIVES} (e.g. {@code Consumption (includes secondary): Apparent | Consump_Apparent_t})
 * @param priceSeries the series label of the price observations, one per edition separated the same way
 * @param note what the two series count, and where their bases differ
 */
public record MarketSeries(MineralId mineral, String consumptionSeries, String priceSeries, String note) {
    /** The resource the selection is read from. */
    public static final String RESOURCE = "lodestone/risk/economic/us-market-series.csv";

    /** Separates the labels one series has in different editions (MCS 2025 columns, MCS 2026 details). */
    public static final String ALTERNATIVES = " | ";

    public MarketSeries {
        Objects.requireNonNull(mineral, "mineral");
        if (consumptionSeries == null || consumptionSeries.isBlank()) {
            throw new IllegalArgumentException("consumption series of " + mineral + " must not be blank.");
        }
        if (priceSeries == null || priceSeries.isBlank()) {
            throw new IllegalArgumentException("price series of " + mineral + " must not be blank.");
        }
        Objects.requireNonNull(note, "note");
        labels("consumption", mineral, consumptionSeries);
        labels("price", mineral, priceSeries);
    }

    /** @return the consumption series' labels, one per edition */
    public List<String> consumptionLabels() {
        return labels("consumption", mineral, consumptionSeries);
    }

    /** @return the price series' labels, one per edition */
    public List<String> priceLabels() {
        return labels("price", mineral, priceSeries);
    }

    private static List<String> labels(String what, MineralId mineral, String cell) {
        List<String> out = new ArrayList<>();
        for (String label : cell.split(Pattern.quote(ALTERNATIVES.trim()), -1)) {
            String trimmed = label.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException(
                        what + " series of " + mineral + " has an empty label in '" + cell + "'.");
            }
            if (out.contains(trimmed)) {
                throw new IllegalArgumentException(what + " series of " + mineral + " lists '" + trimmed + "' twice.");
            }
            out.add(trimmed);
        }
        return List.copyOf(out);
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
