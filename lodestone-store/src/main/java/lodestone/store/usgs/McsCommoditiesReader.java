package lodestone.store.usgs;

import java.nio.charset.Charset;
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
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Dimension;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.importing.CellValue;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.AreaNames;
import lodestone.store.reference.ReferenceData;

/**
 * Reads {@code MCS<year>_Commodities_Data.csv}, the long table of the MCS 2026 layout: one value per row for every
 * chapter, section, commodity, country, statistic and year. Three kinds of section:
 *
 * <ul>
 *   <li>world tables ("World Mine Production and Reserves" and about 20 other wordings): production, capacity and
 *       reserves by country, mapped to a mineral, stage and basis by {@code usgs-mcs-2026-series.yaml}; the world
 *       total's detail ends in ": rounded" (or ", rounded"), which joins it to its series with the flag rounded;
 *   <li>"Salient Statistics—United States": U.S. production, imports, exports, consumption, prices, net import
 *       reliance, stocks, shipments and employment, the series being the {@code Statistics_detail};
 *   <li>"Import Sources": the U.S. import shares of 2021–24 by country for each product form a chapter lists, kept as
 *       {@link Metric#IMPORT_SOURCE_FORM_SHARE} with the United States as importer (the headline series per mineral
 *       is chosen afterwards, see {@link ImportSourceHeadlines}).
 * </ul>
 *
 * <p>Quirks handled: Windows-1252 (em and en dashes, curly quotes, no-break spaces), values as text (see {@link
 * McsValue}), names that differ only in case ({@code TiO2 pigment} and {@code Tio2 Pigment}), leading and trailing
 * whitespace, the period {@code 2021–24} with an en dash, and the Yttrium world total of 2025 whose fields from
 * {@code Notes} on are shifted one column to the left (read back into place, with a warning). Units: the {@code Unit}
 * column, unless the detail states another ("Reserves (thousand metric tons)") or the series mapping corrects it; both
 * are reported. Notes "Estimated." and "Production quota" become flags; "Reported." and the pointer to Appendix C that
 * every reserves row repeats are dropped; the other notes are kept.
 */
public final class McsCommoditiesReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> REQUIRED = List.of(
            "MCSchapter",
            "Section",
            "Commodity",
            "Country",
            "Statistics",
            "Statistics_detail",
            "Unit",
            "Year",
            "Value",
            "Notes",
            "Iscriticalmineral2025");
    private static final String CRITICAL = "Iscriticalmineral2025";
    private static final Area US = Area.country(CountryCode.of("US"));
    /** The pointer every reserves row carries to the publication's Appendix C, which says nothing of the row. */
    private static final String APPENDIX_C = "see appendix c for resource and reserve definitions";

    private static final Pattern ROUNDED = Pattern.compile("(?i)[:,]\\s*rounded\\s*$");
    private static final Pattern RANGE_YEARS = Pattern.compile("(\\d{4})\\s*[–-]\\s*(\\d{2}|\\d{4})");
    private static final Map<String, Metric> SALIENT = Map.ofEntries(
            Map.entry("production", Metric.PRODUCTION),
            Map.entry("import", Metric.IMPORTS),
            Map.entry("export", Metric.EXPORTS),
            Map.entry("price", Metric.PRICE),
            Map.entry("consumption", Metric.CONSUMPTION),
            Map.entry("net import reliance", Metric.NET_IMPORT_RELIANCE),
            Map.entry("employment", Metric.EMPLOYMENT),
            Map.entry("stock", Metric.STOCKS),
            Map.entry("shipment", Metric.SHIPMENTS));

    private final ReferenceData reference;
    private final McsRelease.Detected release;
    private final WorldSeries series;
    private final AreaNames areas;
    private final String file;
    private final Set<String> warnedHeaders = new HashSet<>();

    /**
     * @param reference the reference data
     * @param release the edition being read
     */
    public McsCommoditiesReader(ReferenceData reference, McsRelease.Detected release) {
        this.reference = reference;
        this.release = release;
        this.series = WorldSeries.mcs2026(reference.minerals());
        this.areas = new AreaNames(reference.countries());
        this.file = release.prefix() + "_Commodities_Data.csv";
    }

    /**
     * @param root the data release folder
     * @param report receives every problem
     * @return the observations of the world tables, the U.S. salient statistics and the import sources by form
     */
    public List<Observation> read(Path root, ImportReport report) {
        CsvFiles.Table table = CsvFiles.read(root.resolve(file), file, WINDOWS_1252);
        table.requireColumns(file, report, REQUIRED);
        if (report.hasErrors()) {
            return List.of();
        }
        List<Observation> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> warned = new HashSet<>();
        SalientTables tables = new SalientTables(table);
        for (CsvFiles.Row raw : table.dataRows(report)) {
            CsvFiles.Row row = unshift(raw, report);
            String section = clean(row.get("Section"));
            if (section.startsWith("World")) {
                world(row, out, keys, warned, report);
            } else if (section.equalsIgnoreCase("Import Sources")) {
                importSource(row, out, report);
            } else if (section.startsWith("Salient Statistics")) {
                salient(row, tables.qualifier(row, report), out, report);
            } else {
                report.error(
                        file,
                        row.line(),
                        "Section",
                        section,
                        "unknown section; expected World ..., Salient" + " Statistics—United States or Import Sources");
            }
        }
        return out;
    }

    /**
     * The Yttrium world total of 2025 has "Yes" in Notes, "Yttrium" in the critical-mineral column and nothing after:
     * its fields from Notes on sit one column to the left. Such a row is read back into place.
     */
    private CsvFiles.Row unshift(CsvFiles.Row row, ImportReport report) {
        String notes = clean(row.get("Notes"));
        String critical = clean(row.get(CRITICAL));
        if (Set.of("yes", "no").contains(notes.toLowerCase(Locale.ROOT))
                && !critical.isEmpty()
                && !Set.of("yes", "no").contains(critical.toLowerCase(Locale.ROOT))) {
            report.warning(
                    file,
                    row.line(),
                    "Notes",
                    notes + " | " + critical,
                    "the fields from Notes on are shifted one column to the left; read as Notes '' and " + CRITICAL
                            + " '" + notes + "'");
            Map<String, String> cells = new HashMap<>(row.cells());
            cells.put("Notes", "");
            cells.put(CRITICAL, notes);
            cells.put("Othernotes", "");
            return new CsvFiles.Row(row.line(), cells);
        }
        return row;
    }

    private void world(
            CsvFiles.Row row, List<Observation> out, Set<String> keys, Set<String> warned, ImportReport report) {
        String commodity = clean(row.get("Commodity"));
        String detail = clean(row.get("Statistics_detail"));
        boolean rounded = ROUNDED.matcher(detail).find();
        String key = ROUNDED.matcher(detail).replaceAll("").trim();
        Optional<WorldSeries.Mapping> mapping =
                series.find(commodity, key, file, row.line(), "Statistics_detail", report);
        if (mapping.isEmpty()) {
            return;
        }
        Metric metric = switch (clean(row.get("Statistics")).toLowerCase(Locale.ROOT)) {
            case "production" -> Metric.PRODUCTION;
            case "capacity" -> Metric.CAPACITY;
            case "reserves" -> Metric.RESERVES;
            default -> null;
        };
        if (metric == null) {
            report.error(
                    file,
                    row.line(),
                    "Statistics",
                    row.get("Statistics"),
                    "a world table holds Production, Capacity or Reserves");
            return;
        }
        Optional<AreaNames.Resolved> area = areas.resolve(row.get("Country"), file, row.line(), "Country", report);
        if (area.isEmpty()) {
            return;
        }
        Optional<Integer> year = year(row, report);
        Optional<CellValue> cell = value(row, report);
        if (year.isEmpty() || cell.isEmpty()) {
            return;
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(cell.get().flags());
        String note = readNotes(row.get("Notes"), flags);
        boolean hasValue = cell.get().value().isPresent();
        if (!hasValue
                && !flags.contains(Flag.WITHHELD)
                && !flags.contains(Flag.QUALITATIVE)
                && !flags.contains(Flag.RANGE)
                && !flags.contains(Flag.INCLUDED_ELSEWHERE)) {
            return;
        }
        if (!hasValue) {
            flags.remove(Flag.ESTIMATED);
        }
        if (rounded && area.get().area() instanceof Area.World) {
            flags.add(Flag.ROUNDED);
        }
        Optional<Quantity> quantity = Optional.empty();
        if (hasValue) {
            Optional<Unit> unit = worldUnit(row, mapping.get(), metric, detail, warned, report);
            if (unit.isEmpty()) {
                return;
            }
            quantity = Optional.of(
                    Quantity.of(cell.get().value().getAsDouble(), unit.get()).canonical());
        }
        String label = mapping.get().label().orElse(canonicalDetail(key));
        String unique = mapping.get().mineral() + "|" + metric + "|" + label + "|"
                + area.get().area().code() + "|" + area.get().qualifier() + "|" + year.get();
        if (!keys.add(unique)) {
            report.error(
                    file,
                    row.line(),
                    "Country",
                    row.get("Country"),
                    "a second row for the same area, year and series '" + label + "'");
            return;
        }
        String qualifier = area.get().qualifier();
        String fullNote = qualifier.isEmpty() || !area.get().area().isCountry()
                ? note
                : join("as reported for " + qualifier, note);
        out.add(new Observation(
                mapping.get().mineral(),
                Optional.of(mapping.get().stage()),
                area.get().area(),
                Period.year(year.get()),
                metric,
                label,
                mapping.get().basis(),
                quantity,
                flags,
                row.get("Value").trim(),
                fullNote,
                provenance(row, flags)));
    }

    /** The canonical spelling of a detail: the mapping keys case-insensitively, so the first letter is raised. */
    private static String canonicalDetail(String detail) {
        return detail.isEmpty() ? detail : Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
    }

    /**
     * The unit of a world-table value: the Unit column, unless the detail states another unit or the series mapping
     * corrects it (reported once per series and metric).
     */
    private Optional<Unit> worldUnit(
            CsvFiles.Row row,
            WorldSeries.Mapping mapping,
            Metric metric,
            String detail,
            Set<String> warned,
            ImportReport report) {
        String unitText = clean(row.get("Unit"));
        Optional<Unit> column = McsUnits.parse(unitText);
        Optional<Unit> stated = McsUnits.statedIn(detail);
        Unit corrected = mapping.units().get(metric);
        Optional<Unit> chosen = stated.or(() -> Optional.ofNullable(corrected)).or(() -> column);
        if (chosen.isEmpty()) {
            report.error(file, row.line(), "Unit", unitText, "unknown unit for a row with a value");
            return Optional.empty();
        }
        if (!chosen.equals(column) && warned.add(mapping.mineral() + "|" + detail + "|" + metric)) {
            report.warning(
                    file,
                    row.line(),
                    "Unit",
                    unitText,
                    metric.id() + " of " + row.get("Commodity").trim() + " '" + detail + "' read in "
                            + chosen.get().symbol() + ", not in the Unit column's '" + unitText + "': "
                            + (stated.isPresent()
                                    ? "the detail states the unit"
                                    : "corrected in " + series.file() + " (" + mapping.unitBasis() + ")"));
        }
        return chosen;
    }

    private void salient(CsvFiles.Row row, String qualifier, List<Observation> out, ImportReport report) {
        Optional<Mineral> mineral = mineral(row, report);
        Optional<Integer> year = year(row, report);
        Optional<CellValue> cell = value(row, report);
        if (mineral.isEmpty() || year.isEmpty() || cell.isEmpty() || cell.get().isAbsent()) {
            return;
        }
        String statistic = clean(row.get("Statistics"));
        Metric metric = SALIENT.getOrDefault(statistic.toLowerCase(Locale.ROOT), Metric.OTHER);
        String detail = clean(row.get("Statistics_detail"));
        String unitText = clean(row.get("Unit"));
        Optional<Unit> column = McsUnits.parse(unitText);
        Optional<Unit> stated = McsUnits.statedInHeader(detail);
        Optional<Unit> unit = metric == Metric.NET_IMPORT_RELIANCE
                ? Optional.of(Unit.PERCENT)
                : metric == Metric.EMPLOYMENT ? Optional.of(Unit.ONE) : stated.or(() -> column);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(cell.get().flags());
        String note = readNotes(row.get("Notes"), flags);
        Optional<Quantity> quantity = Optional.empty();
        if (cell.get().value().isPresent()) {
            if (unit.isEmpty()) {
                report.warning(
                        file, row.line(), "Unit", unitText, "unknown unit (" + detail + "); the cell is not imported");
                return;
            }
            if (stated.isPresent()
                    && !stated.equals(column)
                    && metric != Metric.NET_IMPORT_RELIANCE
                    && metric != Metric.EMPLOYMENT
                    && warnedHeaders.add(detail + "|" + unitText)) {
                report.warning(
                        file,
                        row.line(),
                        "Unit",
                        unitText,
                        "'" + detail + "' read in " + stated.get().symbol() + ", the unit the statistic's label"
                                + " states, not in the Unit column's '" + unitText + "'");
            }
            if (metric == Metric.PRICE
                    && unit.get().dimension() != Dimension.PRICE_PER_MASS
                    && unit.get().dimension() != Dimension.INDEX) {
                report.warning(
                        file,
                        row.line(),
                        "Unit",
                        unitText,
                        "a price in " + unit.get() + " is not a price per mass; the cell is not imported");
                return;
            }
            double value = cell.get().value().getAsDouble();
            if (unit.get() == Unit.PERCENT && (value < 0 || value > 100)) {
                report.warning(
                        file,
                        row.line(),
                        "Value",
                        row.get("Value"),
                        "a percentage outside [0, 100]; not" + " imported");
                return;
            }
            quantity = Optional.of(Quantity.of(value, unit.get()).canonical());
        } else {
            flags.remove(Flag.ESTIMATED);
        }
        String series = qualifier + (metric == Metric.OTHER ? statistic + ": " + detail : detail);
        out.add(new Observation(
                mineral.get().id(),
                McsRows.productionStage(metric, detail),
                US,
                Period.year(year.get()),
                metric,
                series,
                Basis.UNSPECIFIED,
                quantity,
                flags,
                row.get("Value").trim(),
                note,
                provenance(row, flags)));
    }

    private void importSource(CsvFiles.Row row, List<Observation> out, ImportReport report) {
        Optional<Mineral> mineral = mineral(row, report);
        Optional<CellValue> cell = value(row, report);
        String yearText = clean(row.get("Year"));
        Matcher years = RANGE_YEARS.matcher(yearText);
        if (!years.matches()) {
            report.error(file, row.line(), "Year", yearText, "import sources cover a period such as 2021–24");
            return;
        }
        int start = Integer.parseInt(years.group(1));
        int end = years.group(2).length() == 2
                ? start / 100 * 100 + Integer.parseInt(years.group(2))
                : Integer.parseInt(years.group(2));
        if (mineral.isEmpty() || cell.isEmpty() || cell.get().isAbsent()) {
            return;
        }
        if (!McsRelease.checkDataYear(file, row.line(), "Year", end, release, report)) {
            return;
        }
        Optional<AreaNames.Resolved> area = areas.resolve(row.get("Country"), file, row.line(), "Country", report);
        if (area.isEmpty()) {
            return;
        }
        if (cell.get().value().isEmpty() || !clean(row.get("Unit")).equalsIgnoreCase("percent")) {
            report.error(file, row.line(), "Value", row.get("Value"), "an import share must be a percentage");
            return;
        }
        double value = cell.get().value().getAsDouble();
        if (value < 0 || value > 100) {
            report.error(file, row.line(), "Value", row.get("Value"), "an import share must be within [0, 100]");
            return;
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(cell.get().flags());
        String note = readNotes(row.get("Notes"), flags);
        out.add(new Observation(
                        mineral.get().id(),
                        Optional.empty(),
                        area.get().area(),
                        Period.range(start, end),
                        Metric.IMPORT_SOURCE_FORM_SHARE,
                        ImportSourceHeadlines.FORM_SERIES + clean(row.get("Statistics_detail")),
                        Basis.UNSPECIFIED,
                        Optional.of(Quantity.of(value, Unit.PERCENT).canonical()),
                        flags,
                        row.get("Value").trim(),
                        note,
                        provenance(row, flags))
                .withImporter(US));
    }

    /**
     * Tells apart salient tables that would otherwise share their series labels. A chapter may give one mineral's
     * statistics for several commodities (industrial diamond: "Bort, grit, and dust and powder" and "Stones"; quartz:
     * ground high-purity quartz and cultured quartz crystal): their series are prefixed with the Commodity. A chapter
     * may also give two tables for one commodity without any column to tell them apart (mica: scrap and flake, then
     * sheet, each year): a statistic that repeats within one year starts the next table, named from
     * {@link #TABLE_NAMES} or else "Table n" with a warning.
     */
    private final class SalientTables {
        /** The tables of a commodity whose rows carry no name, in the order of the chapter. */
        private static final Map<String, List<String>> TABLE_NAMES =
                Map.of("MICA (NATURAL)", List.of("Scrap and flake", "Sheet"));

        private final Set<String> qualified = new HashSet<>();
        private final Set<String> warned = new HashSet<>();
        private String group = "";
        private final Set<String> seen = new HashSet<>();
        private int index;

        SalientTables(CsvFiles.Table table) {
            Map<String, Set<String>> commodities = new HashMap<>();
            for (CsvFiles.Row row : table.rows()) {
                if (clean(row.get("Section")).startsWith("Salient Statistics")) {
                    String commodity = clean(row.get("Commodity"));
                    reference
                            .minerals()
                            .resolve(commodity)
                            .ifPresent(mineral -> commodities
                                    .computeIfAbsent(
                                            clean(row.get("MCSchapter")) + "|" + mineral.id(), k -> new HashSet<>())
                                    .add(commodity));
                }
            }
            commodities.forEach((key, names) -> {
                if (names.size() > 1) {
                    names.forEach(name -> qualified.add(key.substring(0, key.indexOf('|') + 1) + name));
                }
            });
        }

        /** @return the prefix of the row's series: its commodity, its table, both or neither */
        String qualifier(CsvFiles.Row row, ImportReport report) {
            String chapter = clean(row.get("MCSchapter"));
            String commodity = clean(row.get("Commodity"));
            String rowGroup = chapter + "|" + commodity + "|" + clean(row.get("Year"));
            if (!rowGroup.equals(group)) {
                group = rowGroup;
                seen.clear();
                index = 0;
            }
            if (!seen.add(clean(row.get("Statistics")) + "|" + clean(row.get("Statistics_detail")))) {
                index++;
                seen.clear();
                seen.add(clean(row.get("Statistics")) + "|" + clean(row.get("Statistics_detail")));
            }
            List<String> names = TABLE_NAMES.getOrDefault(chapter, List.of());
            String table;
            if (index < names.size()) {
                table = names.get(index) + ": ";
            } else if (index == 0) {
                table = "";
            } else {
                table = "Table " + (index + 1) + ": ";
                if (warned.add(chapter + "|" + commodity)) {
                    report.warning(
                            file,
                            row.line(),
                            "Statistics_detail",
                            clean(row.get("Statistics_detail")),
                            "the statistic repeats within one year: a further table of " + commodity + " without a"
                                    + " name, read as '" + table.trim() + "'");
                }
            }
            return (qualified.contains(chapter + "|" + commodity) ? commodity + ": " : "") + table;
        }
    }

    private Optional<Mineral> mineral(CsvFiles.Row row, ImportReport report) {
        return McsRows.mineral(reference, file, row.line(), "Commodity", clean(row.get("Commodity")), report);
    }

    private Optional<Integer> year(CsvFiles.Row row, ImportReport report) {
        String text = clean(row.get("Year"));
        try {
            int year = Integer.parseInt(text);
            return McsRelease.checkDataYear(file, row.line(), "Year", year, release, report)
                    ? Optional.of(year)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            report.error(file, row.line(), "Year", text, "not a year");
            return Optional.empty();
        }
    }

    private Optional<CellValue> value(CsvFiles.Row row, ImportReport report) {
        String raw = row.get("Value");
        Optional<CellValue> cell = McsValue.parse(raw);
        if (cell.isEmpty()) {
            report.warning(
                    file,
                    row.line(),
                    "Value",
                    raw,
                    "not a number, bound, range, word or USGS symbol; the cell is not imported.\nMaybe a minus sign"
                            + " was lost in the Windows-1252 export (shown as '?').");
        }
        return cell;
    }

    private Provenance provenance(CsvFiles.Row row, Set<Flag> flags) {
        return new Provenance(
                release.source(),
                file + ":" + row.line() + " Value",
                flags.contains(Flag.ESTIMATED) ? Method.ESTIMATED : Method.REPORTED);
    }

    /**
     * Reads flags out of the notes of a row ("Estimated.", "Production quota; ...", "Included in ...") and returns the
     * notes worth keeping, joined with "; ".
     */
    static String readNotes(String notes, Set<Flag> flags) {
        List<String> kept = new ArrayList<>();
        for (String part : clean(notes).split("\\s+--\\s+", -1)) {
            String text = part.trim();
            String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
            if (text.isEmpty() || lower.equals("reported") || lower.startsWith(APPENDIX_C)) {
                continue;
            }
            if (lower.equals("estimated")) {
                flags.add(Flag.ESTIMATED);
                continue;
            }
            if (lower.contains("production quota")) {
                flags.add(Flag.QUOTA);
            }
            if (lower.startsWith("included in world total") || lower.startsWith("included with other countries")) {
                flags.add(Flag.INCLUDED_ELSEWHERE);
            }
            kept.add(text);
        }
        return String.join("; ", kept);
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').trim();
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "; " + b;
    }
}
