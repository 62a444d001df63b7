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
import lodestone.model.geo.Area;
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
 * Reads {@code world_data/MCS<year>_World_Data.csv} of the USGS Mineral Commodity Summaries data release in its MCS
 * 2025 layout: production, capacity and reserves by country for every commodity and every TYPE row.
 *
 * <p>Quirks handled: the UTF-8 byte-order mark, the header {@code PROD_EST_ 2024} with a space, trailing spaces in
 * commodity and country names, {@code >90000000} and {@code >17,000,000}, notes such as "W for 23-24" (withheld),
 * "estimated 2023", "Production quota; ...", "Included in World total" and qualitative reserves ("Large"), and the
 * lines "Other countries" and "World total (rounded)", which are kept as their own areas and never as producers (a
 * world total is flagged {@link Flag#ROUNDED} when the release says so). Columns named {@code *_EST_*} are flagged as
 * estimates. A world total whose qualifier names several series ("World total (ilmenite and rutile, rounded)" among
 * the ilmenite rows) is a combined total and forms its own series.
 *
 * <p>Units: {@code UNIT_MEAS} gives the unit of a row. A unit that a note of the value's column states ("(Reserve data
 * is thousand metric tons)", "Crude Ore, million metric tons") applies to that column of the whole series, and a
 * correction in the series mapping applies where no note states the unit; both with a warning naming the evidence.
 * Values are converted to tonnes.
 */
public final class McsWorldDataReader {
    private static final Pattern VALUE_COLUMN = Pattern.compile("(PROD|CAP|RESERVES)_(EST_)?(\\d{4})");
    private static final List<String> REQUIRED = List.of("COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS");
    private static final Set<String> EMPTY_NOTES = Set.of("", "na", "xx");
    private static final Set<String> QUALITATIVE =
            Set.of("large", "moderate", "small", "very small", "moderate to large");

    private final WorldSeries series;
    private final AreaNames areas;
    private final McsRelease.Detected release;
    private final String file;
    private final SourceId source;

    /**
     * @param reference the reference data
     * @param release the edition being read
     */
    public McsWorldDataReader(ReferenceData reference, McsRelease.Detected release) {
        this.series = WorldSeries.mcs2025(reference.minerals());
        this.areas = new AreaNames(reference.countries());
        this.release = release;
        this.file = "world_data/" + release.prefix() + "_World_Data.csv";
        this.source = release.source();
    }

    /**
     * Reads the file.
     *
     * @param root the data release folder (containing {@code world_data/})
     * @param report receives every problem found
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(file), file);
        table.requireColumns(file, report, REQUIRED);
        List<String> valueColumns = table.header().stream()
                .filter(column -> VALUE_COLUMN.matcher(column).matches())
                .toList();
        if (valueColumns.isEmpty()) {
            report.error(file, 1, "PROD_yyyy", "", "no production, capacity or reserves column found");
        }
        for (String column : valueColumns) {
            Matcher matcher = VALUE_COLUMN.matcher(column);
            matcher.matches();
            McsRelease.checkDataYear(file, 1, column, Integer.parseInt(matcher.group(3)), release, report);
        }
        if (report.hasErrors()) {
            return List.of();
        }
        List<Observation> observations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> seriesUnits = seriesUnits(table);
        Map<String, Unit> notedUnits = notedUnits(table);
        Set<String> warned = new HashSet<>();
        String sourceColumn = table.header().contains("SOURCE") ? "SOURCE" : "";
        for (CsvFiles.Row row : McsRows.dataRows(file, table, sourceColumn, release, report)) {
            new Row(row, seriesUnits, notedUnits, warned, report).read(valueColumns, observations, keys);
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

    /**
     * The unit a note of a value column states for a series, keyed by series and notes column: USGS writes "(Reserve
     * data is thousand metric tons)" on some rows of a series and means the whole column.
     */
    private static Map<String, Unit> notedUnits(CsvFiles.Table table) {
        Map<String, Set<Unit>> units = new HashMap<>();
        for (CsvFiles.Row row : table.rows()) {
            for (String notes : List.of("PROD_NOTES", "CAP_NOTES", "RESERVE_NOTES")) {
                McsUnits.statedIn(row.get(notes))
                        .ifPresent(unit -> units.computeIfAbsent(seriesKey(row) + "|" + notes, key -> new HashSet<>())
                                .add(unit));
            }
        }
        Map<String, Unit> agreed = new HashMap<>();
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

    /** One row of the file, read into one observation per value column. */
    private final class Row {
        private final CsvFiles.Row row;
        private final Map<String, String> seriesUnits;
        private final Map<String, Unit> notedUnits;
        private final Set<String> warned;
        private final ImportReport report;

        Row(
                CsvFiles.Row row,
                Map<String, String> seriesUnits,
                Map<String, Unit> notedUnits,
                Set<String> warned,
                ImportReport report) {
            this.row = row;
            this.seriesUnits = seriesUnits;
            this.notedUnits = notedUnits;
            this.warned = warned;
            this.report = report;
        }

        void read(List<String> valueColumns, List<Observation> out, Set<String> keys) {
            String commodity = row.get("COMMODITY").trim();
            String type = row.get("TYPE").trim();
            Optional<WorldSeries.Mapping> mapping = series.find(commodity, type, file, row.line(), "TYPE", report);
            if (mapping.isEmpty()) {
                return;
            }
            Optional<AreaNames.Resolved> area = areas.resolve(row.get("COUNTRY"), file, row.line(), "COUNTRY", report);
            if (area.isEmpty()) {
                return;
            }
            String unitText = row.get("UNIT_MEAS").trim();
            String seriesUnit = seriesUnits.get(seriesKey(row));
            if (unitText.isEmpty() && seriesUnit != null) {
                unitText = seriesUnit;
                report.warning(
                        file,
                        row.line(),
                        "UNIT_MEAS",
                        "",
                        "blank unit; taken as '" + unitText + "', the unit of every other row of the series");
            }
            Optional<Unit> rowUnit = McsUnits.parse(unitText);
            String qualifier = area.get().qualifier();
            boolean rounded = area.get().area() instanceof Area.World
                    && qualifier.toLowerCase(Locale.ROOT).contains("rounded");
            String rest = qualifier.replaceAll("(?i),?\\s*rounded\\s*,?", " ").trim();
            String label = type;
            if (area.get().area() instanceof Area.World
                    && rest.toLowerCase(Locale.ROOT).contains(" and ")) {
                label = type + " (world total of " + rest + ")";
                rest = "";
            }
            for (String column : valueColumns) {
                Matcher matcher = VALUE_COLUMN.matcher(column);
                matcher.matches();
                String kind = matcher.group(1);
                int year = Integer.parseInt(matcher.group(3));
                Metric metric = kind.equals("PROD")
                        ? Metric.PRODUCTION
                        : kind.equals("CAP") ? Metric.CAPACITY : Metric.RESERVES;
                String raw = row.get(column);
                Optional<CellValue> cell = CellValue.parse(raw);
                if (cell.isEmpty()) {
                    report.error(file, row.line(), column, raw, "not a number; expected digits, >n, <n, W or NA");
                    continue;
                }
                String notesColumn = notesColumn(kind);
                String noteText = row.get(notesColumn).replace('\u00a0', ' ').trim();
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
                if (rounded) {
                    flags.add(Flag.ROUNDED);
                }
                Optional<Quantity> quantity = Optional.empty();
                if (hasValue) {
                    Optional<Unit> unit = unit(mapping.get(), metric, notesColumn, rowUnit, unitText);
                    if (unit.isEmpty()) {
                        report.error(file, row.line(), "UNIT_MEAS", unitText, "unknown unit for a row with values");
                        continue;
                    }
                    quantity = Optional.of(Quantity.of(cell.get().value().getAsDouble(), unit.get())
                            .canonical());
                }
                String key = mapping.get().mineral() + "|" + label + "|"
                        + area.get().area().code() + "|" + rest + "|" + column;
                if (!keys.add(key)) {
                    report.error(
                            file,
                            row.line(),
                            "COUNTRY",
                            row.get("COUNTRY"),
                            "a second row for the same area in series '" + type + "'");
                    continue;
                }
                String fullNote = rest.isEmpty()
                        ? note
                        : join(area.get().area().isCountry() ? "as reported for " + rest : rest, note);
                out.add(new Observation(
                        mapping.get().mineral(),
                        Optional.of(mapping.get().stage()),
                        area.get().area(),
                        Period.year(year),
                        metric,
                        label,
                        mapping.get().basis(),
                        quantity,
                        flags,
                        raw.trim(),
                        fullNote,
                        new Provenance(
                                source,
                                file + ":" + row.line() + " " + column,
                                flags.contains(Flag.ESTIMATED) ? Method.ESTIMATED : Method.REPORTED)));
            }
        }

        /**
         * The unit of a value: a unit a note of the column states for the series, else a correction in the mapping,
         * else the row's UNIT_MEAS. A note or correction that differs from UNIT_MEAS is reported once per series.
         */
        private Optional<Unit> unit(
                WorldSeries.Mapping mapping,
                Metric metric,
                String notesColumn,
                Optional<Unit> rowUnit,
                String unitText) {
            Unit noted = notedUnits.get(seriesKey(row) + "|" + notesColumn);
            Unit corrected = mapping.units().get(metric);
            Unit chosen = noted != null ? noted : corrected;
            if (chosen == null || rowUnit.equals(Optional.of(chosen))) {
                return rowUnit;
            }
            if (warned.add(seriesKey(row) + "|" + metric)) {
                report.warning(
                        file,
                        row.line(),
                        notesColumn,
                        unitText,
                        metric.id() + " of series '" + row.get("TYPE").trim() + "' read in " + chosen.symbol()
                                + ", not in UNIT_MEAS '" + unitText + "': "
                                + (noted != null
                                        ? "a note in " + notesColumn + " of the series states the unit"
                                        : "corrected in " + series.file() + " (" + mapping.unitBasis() + ")"));
            }
            return Optional.of(chosen);
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
}
