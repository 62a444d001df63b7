package lodestone.store.usgs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.importing.CellValue;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.AreaNames;
import lodestone.store.reference.ReferenceData;

/**
 * Reads {@code world_data/MCS2025_World_Data.csv} of the USGS Mineral Commodity Summaries data release: production,
 * capacity and reserves by country for every commodity and every TYPE row.
 *
 * <p>Quirks handled: the UTF-8 byte-order mark, the header {@code PROD_EST_ 2024} with a space, trailing spaces in
 * commodity and country names, {@code >90000000} and {@code >17,000,000}, notes such as "W for 23-24" (withheld),
 * "estimated 2023", "Production quota; ...", "Included in World total" and qualitative reserves ("Large"), and the
 * lines "Other countries" and "World total (rounded)", which are kept as their own areas and never as producers.
 * Values are converted to tonnes. Columns named {@code *_EST_*} are flagged as estimates.
 */
public final class McsWorldDataReader {
    static final String FILE = "world_data/MCS2025_World_Data.csv";
    private static final SourceId SOURCE = SourceId.of("usgs-mcs-2025-data");
    private static final Pattern VALUE_COLUMN = Pattern.compile("(PROD|CAP|RESERVES)_(EST_)?(\\d{4})");
    private static final List<String> REQUIRED = List.of("COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS");
    private static final Set<String> EMPTY_NOTES = Set.of("", "na", "xx");
    private static final Set<String> QUALITATIVE =
            Set.of("large", "moderate", "small", "very small", "moderate to large");

    private final WorldSeries series;
    private final AreaNames areas;

    public McsWorldDataReader(ReferenceData reference) {
        this.series = WorldSeries.load(reference.minerals());
        this.areas = new AreaNames(reference.countries());
    }

    /**
     * Reads the file.
     *
     * @param root the data release folder (containing {@code world_data/})
     * @param report receives every problem found
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(FILE), FILE);
        for (String column : REQUIRED) {
            if (!table.header().contains(column)) {
                report.error(FILE, 1, column, "", "required column is missing; the header has " + table.header());
            }
        }
        List<String> valueColumns = table.header().stream()
                .filter(column -> VALUE_COLUMN.matcher(column).matches())
                .toList();
        if (valueColumns.isEmpty()) {
            report.error(FILE, 1, "PROD_yyyy", "", "no production, capacity or reserves column found");
        }
        if (report.hasErrors()) {
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> seriesUnits = seriesUnits(table);
        for (CsvFiles.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            report.countRow();
            readRow(row, valueColumns, seriesUnits, observations, keys, report);
        }
        return observations;
    }

    /** The unit each series' rows agree on, used for the rare row that leaves UNIT_MEAS blank. */
    private static Map<String, String> seriesUnits(CsvFiles.Table table) {
        Map<String, Set<String>> units = new HashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            String unit = row.get("UNIT_MEAS").trim();
            if (!unit.isEmpty()) {
                units.computeIfAbsent(seriesKey(row), key -> new HashSet<>()).add(unit);
            }
        }
        Map<String, String> agreed = new HashMap<>();
        units.forEach((key, set) -> {
            if (set.size() == 1) {
                agreed.put(key, set.iterator().next());
            }
        });
        return agreed;
    }

    private static String seriesKey(CsvFiles.Row row) {
        return row.get("COMMODITY").trim() + "|" + row.get("TYPE").trim();
    }

    private void readRow(
            CsvFiles.Row row,
            List<String> valueColumns,
            Map<String, String> seriesUnits,
            List<Observation> out,
            Set<String> keys,
            ImportReport report) {
        String commodity = row.get("COMMODITY").trim();
        String type = row.get("TYPE").trim();
        Optional<WorldSeries.Mapping> mapping = series.find(commodity, type);
        if (mapping.isEmpty()) {
            report.error(
                    FILE,
                    row.line(),
                    "TYPE",
                    commodity + " / " + type,
                    "unknown series; map it to a mineral, stage and basis in usgs-world-series.yaml");
            return;
        }
        Optional<AreaNames.Resolved> area = areas.resolve(row.get("COUNTRY"));
        if (area.isEmpty()) {
            report.error(
                    FILE,
                    row.line(),
                    "COUNTRY",
                    row.get("COUNTRY"),
                    "unknown country; add the name as an alias in countries.yaml");
            return;
        }
        String unitText = row.get("UNIT_MEAS").trim();
        if (unitText.isEmpty() && seriesUnits.containsKey(seriesKey(row))) {
            unitText = seriesUnits.get(seriesKey(row));
            report.warning(
                    FILE,
                    row.line(),
                    "UNIT_MEAS",
                    "",
                    "blank unit; taken as '" + unitText + "', the unit of every other row of the series");
        }
        Optional<Unit> unit = unit(unitText);
        for (String column : valueColumns) {
            Matcher matcher = VALUE_COLUMN.matcher(column);
            matcher.matches();
            String kind = matcher.group(1);
            int year = Integer.parseInt(matcher.group(3));
            String raw = row.get(column);
            Optional<CellValue> cell = CellValue.parse(raw);
            if (cell.isEmpty()) {
                report.error(FILE, row.line(), column, raw, "not a number; expected digits, >n, <n, W or NA");
                continue;
            }
            String noteText = row.get(notesColumn(kind)).replace('\u00a0', ' ').trim();
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(cell.get().flags());
            String note = readNote(noteText, year, flags);
            if (matcher.group(2) != null || type.toLowerCase(Locale.ROOT).contains("estimated")) {
                flags.add(Flag.ESTIMATED);
            }
            boolean hasValue = cell.get().value().isPresent();
            boolean informative = flags.contains(Flag.WITHHELD)
                    || flags.contains(Flag.QUALITATIVE)
                    || flags.contains(Flag.INCLUDED_ELSEWHERE);
            if (!hasValue && !informative) {
                continue;
            }
            if (!hasValue) {
                flags.remove(Flag.ESTIMATED);
            }
            Optional<Quantity> quantity = Optional.empty();
            if (hasValue) {
                if (unit.isEmpty()) {
                    report.error(FILE, row.line(), "UNIT_MEAS", unitText, "unknown unit for a row with values");
                    continue;
                }
                quantity = Optional.of(Quantity.of(cell.get().value().getAsDouble(), unit.get())
                        .canonical());
            }
            Metric metric =
                    kind.equals("PROD") ? Metric.PRODUCTION : kind.equals("CAP") ? Metric.CAPACITY : Metric.RESERVES;
            String key = mapping.get().mineral() + "|" + type + "|"
                    + area.get().area().code() + "|" + area.get().qualifier() + "|" + column;
            if (!keys.add(key)) {
                report.error(
                        FILE,
                        row.line(),
                        "COUNTRY",
                        row.get("COUNTRY"),
                        "a second row for the same area in series '" + type + "'");
                continue;
            }
            String qualifier = area.get().qualifier();
            String fullNote = qualifier.isEmpty()
                    ? note
                    : join(area.get().area().isCountry() ? "as reported for " + qualifier : qualifier, note);
            out.add(new Observation(
                    mapping.get().mineral(),
                    Optional.of(mapping.get().stage()),
                    area.get().area(),
                    Period.year(year),
                    metric,
                    type,
                    mapping.get().basis(),
                    quantity,
                    flags,
                    raw.trim(),
                    fullNote,
                    new Provenance(
                            SOURCE,
                            FILE + ":" + row.line() + " " + column,
                            flags.contains(Flag.ESTIMATED) ? Method.ESTIMATED : Method.REPORTED)));
        }
    }

    private static String notesColumn(String kind) {
        return switch (kind) {
            case "PROD" -> "PROD_NOTES";
            case "CAP" -> "CAP_NOTES";
            default -> "RESERVE_NOTES";
        };
    }

    /** Reads flags out of a USGS note and returns the text worth keeping as a note. */
    static String readNote(String note, int year, Set<Flag> flags) {
        String lower = note.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
        if (EMPTY_NOTES.contains(lower)) {
            return "";
        }
        if (QUALITATIVE.contains(lower)) {
            flags.add(Flag.QUALITATIVE);
            return note.trim();
        }
        if (lower.startsWith("w for")) {
            flags.add(Flag.WITHHELD);
            return "";
        }
        if (lower.equals("estimated")) {
            flags.add(Flag.ESTIMATED);
            return "";
        }
        if (lower.matches("estimated( for)? \\d{4}")) {
            if (lower.endsWith(Integer.toString(year))) {
                flags.add(Flag.ESTIMATED);
            }
            return "";
        }
        if (lower.startsWith("estimated")) {
            flags.add(Flag.ESTIMATED);
        }
        if (lower.contains("production quota")) {
            flags.add(Flag.QUOTA);
        }
        if (lower.startsWith("included in world total") || lower.startsWith("included with other countries")) {
            flags.add(Flag.INCLUDED_ELSEWHERE);
        }
        return note.trim();
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }

    /**
     * @param text a UNIT_MEAS cell
     * @return the unit, if known
     */
    static Optional<Unit> unit(String text) {
        return Optional.ofNullable(Map.of(
                        "metric tons", Unit.TONNE,
                        "thousand metric tons", Unit.THOUSAND_TONNES,
                        "thousand metric dry tons", Unit.THOUSAND_TONNES,
                        "million metric tons", Unit.MILLION_TONNES,
                        "kilograms", Unit.KILOGRAM,
                        "thousand carats", Unit.THOUSAND_CARATS,
                        "million carats", Unit.MILLION_CARATS,
                        "million cubic meters", Unit.MILLION_CUBIC_METRES)
                .get(text.trim().toLowerCase(Locale.ROOT)));
    }
}
