package lodestone.store.wgi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Area;
import lodestone.model.geo.Country;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;

/**
 * Reads {@code wgi.csv} (columns {@code iso3, country, year, indicator, estimate}) into {@link Metric#GOVERNANCE}
 * observations: area = the country, series = the indicator code (VA, PV, GE, RQ, RL, CC), period = the year, value =
 * the estimate as a dimensionless factor. Governance is not a property of a mineral; the observations carry the
 * catalogue's non-mineral entry {@link #MINERAL} so that they live beside every other observation.
 *
 * <p>Only the years {@link #FIRST_YEAR}–{@link #LAST_YEAR} are imported: the EU method's WGI window (2016–2020) and
 * the latest years. A blank estimate (the source's "..") is skipped with no problem, since missing is never zero.
 * Economies Lodestone cannot map to an ISO 3166-1 country (Kosovo {@code XKX}, the former Netherlands Antilles
 * {@code ANT}) are skipped with a warning. Unknown indicators, years that are not numbers, estimates that are not
 * numbers or lie outside [−5, 5], and duplicate rows are errors; a dataset with errors is rejected whole.
 */
public final class WgiReader {
    /** The file read, inside the dataset folder. */
    public static final String FILE = "wgi.csv";
    /** The catalogue entry that country-level (not mineral-specific) observations carry. */
    public static final MineralId MINERAL = MineralId.of("country-governance");
    /** The first year imported. */
    public static final int FIRST_YEAR = 2016;
    /** The last year imported. */
    public static final int LAST_YEAR = 2023;
    /** The six indicator codes, in the source's order. */
    public static final List<String> INDICATORS = List.of("VA", "PV", "GE", "RQ", "RL", "CC");

    private static final SourceId SOURCE = SourceId.of("world-bank-wgi-2024");
    private static final double BOUND = 5;

    private final ReferenceData reference;

    public WgiReader(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * @param root the folder holding {@code wgi.csv}
     * @param report receives every problem
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report) {
        CsvFiles.Table table = CsvFiles.read(root.resolve(FILE), FILE, StandardCharsets.UTF_8);
        for (String column : List.of("iso3", "country", "year", "indicator", "estimate")) {
            if (!table.header().contains(column)) {
                report.error(FILE, 1, column, "", "missing column; expected iso3, country, year, indicator, estimate");
            }
        }
        if (report.hasErrors()) {
            return List.of();
        }
        List<Observation> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> unmapped = new TreeSet<>();
        for (CsvFiles.Row row : table.dataRows(report)) {
            String iso3 = row.get("iso3").trim();
            String indicator = row.get("indicator").trim();
            String estimate = row.get("estimate").trim();
            OptionalInt yearRead = row.year(FILE, "year", report);
            if (yearRead.isEmpty()) {
                continue;
            }
            int year = yearRead.getAsInt();
            if (!INDICATORS.contains(indicator)) {
                report.error(
                        FILE, row.line(), "indicator", indicator, "unknown indicator; expected one of " + INDICATORS);
                continue;
            }
            if (!keys.add(iso3 + "|" + year + "|" + indicator)) {
                report.error(FILE, row.line(), "indicator", indicator, "a second row for " + iso3 + " " + year);
                continue;
            }
            if (year < FIRST_YEAR || year > LAST_YEAR || estimate.isEmpty()) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(estimate);
            } catch (NumberFormatException e) {
                report.error(FILE, row.line(), "estimate", estimate, "not a number");
                continue;
            }
            if (!Double.isFinite(value) || Math.abs(value) > BOUND) {
                report.error(
                        FILE,
                        row.line(),
                        "estimate",
                        estimate,
                        "a WGI estimate must be within [-" + BOUND + ", " + BOUND + "] (standard-normal units)");
                continue;
            }
            Optional<Country> country = reference.countries().byAlpha3(iso3);
            if (country.isEmpty()) {
                if (unmapped.add(iso3)) {
                    report.warning(
                            FILE,
                            row.line(),
                            "iso3",
                            iso3,
                            "not an ISO 3166-1 country known to Lodestone ("
                                    + row.get("country").trim() + "); its rows are skipped");
                }
                continue;
            }
            out.add(new Observation(
                    MINERAL,
                    Optional.empty(),
                    Area.country(country.get().code()),
                    Period.year(year),
                    Metric.GOVERNANCE,
                    indicator,
                    Basis.UNSPECIFIED,
                    Optional.of(Quantity.of(value, Unit.FACTOR)),
                    Set.<Flag>of(),
                    estimate,
                    "WGI estimate, standard-normal units, higher is better",
                    new Provenance(SOURCE, FILE + ":" + row.line() + " estimate", Method.REPORTED)));
        }
        return out;
    }
}
