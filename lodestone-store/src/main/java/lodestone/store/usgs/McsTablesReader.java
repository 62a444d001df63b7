package lodestone.store.usgs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import lodestone.store.importing.CellValue;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.AreaNames;
import lodestone.store.reference.ReferenceData;

/**
 * Reads the figure and table files of the data release that carry U.S. dependency and end uses, in either layout
 * ({@code industry_trends/} in MCS 2025, beside the long table in MCS 2026):
 *
 * <ul>
 *   <li>Figure 2: net import reliance in the data year and the major import sources of the four years before, in
 *       descending order of import share (import-source ranks, 1 = largest, importer the United States);
 *   <li>Figure 3 (MCS 2026; the MCS 2025 Figure 3 is a map of country counts and is not read): the import sources of
 *       2021–24 with their percentages for each critical mineral, the headline {@link Metric#IMPORT_SOURCE_SHARE}
 *       with the United States as importer;
 *   <li>the critical-minerals salient table (T5 in MCS 2025, T7 in MCS 2026): net import reliance and the leading
 *       producer's share of world production (its production columns repeat the world tables and are not imported
 *       twice); names carry footnote digits ("Rare earths (compounds and metals)9");
 *   <li>the critical-minerals end-use table (T4, T6): the primary applications, as {@link Metric#END_USE} text.
 * </ul>
 */
public final class McsTablesReader {
    private static final Area US = Area.country(CountryCode.of("US"));
    private static final Pattern SOURCES_COLUMN = Pattern.compile("Major_Import_Sources_(\\d{4})_(\\d{2}|\\d{4})");
    private static final Pattern FIG3_COLUMN = Pattern.compile("Import_Source_(\\d{4})_(\\d{2}|\\d{4})");

    private final ReferenceData reference;
    private final AreaNames areas;
    private final McsRelease.Detected release;
    private final String folder;

    /**
     * @param reference the reference data
     * @param release the edition being read
     */
    public McsTablesReader(ReferenceData reference, McsRelease.Detected release) {
        this.reference = reference;
        this.areas = new AreaNames(reference.countries());
        this.release = release;
        this.folder = release.layout() == McsRelease.Layout.FOLDERS ? "industry_trends/" : "";
    }

    /**
     * @param root the data release folder
     * @param report receives every problem
     * @return the observations of the figures and tables
     */
    public List<Observation> read(Path root, ImportReport report) {
        List<Observation> out = new ArrayList<>();
        boolean folders = release.layout() == McsRelease.Layout.FOLDERS;
        readFigure2(root, file("_Fig2_Net_Import_Reliance.csv"), report, out);
        readSalientTable(
                root,
                file(folders ? "_T5_Critical_Minerals_Salient.csv" : "_T7_Critical_Minerals_Salient.csv"),
                report,
                out);
        readEndUses(
                root,
                file(folders ? "_T4_Critical_Minerals_End_Use.csv" : "_T6_Critical_Minerals_End_Use.csv"),
                report,
                out);
        if (!folders) {
            readFigure3(root, file("_Fig3_Major_Import_Sources.csv"), report, out);
        }
        return out;
    }

    private String file(String suffix) {
        return folder + release.prefix() + suffix;
    }

    private void readFigure2(Path root, String file, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(file), file);
        String relianceColumn = "Net_Import_Reliance_pct_" + release.dataYear();
        Optional<Period> importYears = table.header().stream()
                .map(SOURCES_COLUMN::matcher)
                .filter(Matcher::matches)
                .map(McsTablesReader::period)
                .findFirst();
        String sourcesColumn = table.header().stream()
                .filter(column -> SOURCES_COLUMN.matcher(column).matches())
                .findFirst()
                .orElse("Major_Import_Sources_<years>");
        if (!table.requireColumns(file, report, List.of("Commodity", relianceColumn, sourcesColumn))
                || importYears.isEmpty()) {
            return;
        }
        for (CsvFiles.Row row : McsRows.dataRows(file, table, "Source", release, report)) {
            String commodity = row.get("Commodity").trim();
            Optional<Mineral> mineral = McsRows.mineral(reference, file, row.line(), "Commodity", commodity, report);
            if (mineral.isEmpty()) {
                continue;
            }
            String series = "Fig. 2: " + commodity;
            String note = row.get("Notes").trim();
            reliance(file, row, relianceColumn, mineral.get(), series, note, report)
                    .ifPresent(out::add);
            String[] sources = row.get(sourcesColumn).split(",", -1);
            int rank = 0;
            for (String name : sources) {
                if (name.isBlank()) {
                    continue;
                }
                rank++;
                Optional<AreaNames.Resolved> area = areas.resolve(name.trim(), file, row.line(), sourcesColumn, report);
                if (area.isEmpty()) {
                    continue;
                }
                out.add(observation(
                                mineral.get(),
                                area.get().area(),
                                importYears.get(),
                                Metric.IMPORT_SOURCE_RANK,
                                series,
                                Optional.of(Quantity.of(rank, Unit.ONE)),
                                Set.of(),
                                name.trim(),
                                "rank among the major U.S. import sources, " + importYears.get() + "; " + note,
                                at(file, row, sourcesColumn),
                                Method.REPORTED)
                        .withImporter(US));
            }
        }
    }

    private void readFigure3(Path root, String file, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(file), file);
        String countryColumn = table.header().stream()
                .filter(column -> FIG3_COLUMN.matcher(column).matches())
                .findFirst()
                .orElse("Import_Source_<years>");
        if (!table.requireColumns(file, report, List.of("Commodity", countryColumn, "Percent"))) {
            return;
        }
        Matcher years = FIG3_COLUMN.matcher(countryColumn);
        years.matches();
        Period period = period(years);
        for (CsvFiles.Row row : McsRows.dataRows(file, table, "Source", release, report)) {
            String commodity = row.get("Commodity").trim();
            String country = row.get(countryColumn).trim();
            String percent = row.get("Percent").trim();
            if (country.equalsIgnoreCase("NA")) {
                continue;
            }
            Optional<Mineral> mineral = McsRows.mineral(reference, file, row.line(), "Commodity", commodity, report);
            if (mineral.isEmpty()) {
                continue;
            }
            Optional<AreaNames.Resolved> area = country.equalsIgnoreCase("Other")
                    ? Optional.of(new AreaNames.Resolved(Area.otherCountries(), ""))
                    : areas.resolve(country, file, row.line(), countryColumn, report);
            if (area.isEmpty()) {
                continue;
            }
            Optional<CellValue> cell = CellValue.parse(percent);
            if (cell.isEmpty()
                    || cell.get().value().isEmpty()
                    || cell.get().value().getAsDouble() < 0
                    || cell.get().value().getAsDouble() > 100) {
                report.error(file, row.line(), "Percent", percent, "an import share must be a percentage in [0, 100]");
                continue;
            }
            out.add(observation(
                            mineral.get(),
                            area.get().area(),
                            period,
                            Metric.IMPORT_SOURCE_SHARE,
                            "Fig. 3: " + commodity,
                            Optional.of(Quantity.of(cell.get().value().getAsDouble(), Unit.PERCENT)
                                    .canonical()),
                            cell.get().flags(),
                            percent,
                            "share of U.S. imports, " + period + " (Fig. 3, major import sources of critical minerals)",
                            at(file, row, "Percent"),
                            Method.REPORTED)
                    .withImporter(US));
        }
    }

    private void readSalientTable(Path root, String file, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(file), file);
        if (!table.requireColumns(
                file, report, List.of("Critical_mineral", "Net_Import_Reliance", "Leading_source_country", "Year"))) {
            return;
        }
        for (CsvFiles.Row row : McsRows.dataRows(file, table, "Source", release, report)) {
            String year = row.get("Year").trim();
            if (!year.startsWith(Integer.toString(release.dataYear()))) {
                report.error(
                        file,
                        row.line(),
                        "Year",
                        year,
                        "the table of edition " + release.edition() + " is for " + release.dataYear() + ".\nMaybe the"
                                + " file is of another edition.");
                continue;
            }
            String name = AreaNames.clean(row.get("Critical_mineral"));
            Optional<Mineral> mineral = McsRows.mineral(reference, file, row.line(), "Critical_mineral", name, report);
            if (mineral.isEmpty()) {
                continue;
            }
            String series = "Table " + (release.layout() == McsRelease.Layout.FOLDERS ? "5" : "7") + ": " + name;
            reliance(
                            file,
                            row,
                            "Net_Import_Reliance",
                            mineral.get(),
                            series,
                            row.get("Import_source_notes").trim(),
                            report)
                    .ifPresent(out::add);
            String shareText = row.get("Leading_source_precent_world").trim();
            Optional<CellValue> share = CellValue.parse(shareText);
            if (share.isEmpty()) {
                report.error(file, row.line(), "Leading_source_precent_world", shareText, "not a percentage");
                continue;
            }
            if (share.get().value().isEmpty()) {
                continue;
            }
            Optional<AreaNames.Resolved> area = areas.resolve(
                    row.get("Leading_source_country"), file, row.line(), "Leading_source_country", report);
            if (area.isEmpty()) {
                continue;
            }
            out.add(observation(
                    mineral.get(),
                    area.get().area(),
                    Period.year(release.dataYear()),
                    Metric.SUPPLY_SHARE,
                    series + " (leading producer's share of world production)",
                    Optional.of(Quantity.of(share.get().value().getAsDouble(), Unit.PERCENT)
                            .canonical()),
                    EnumSet.of(Flag.ESTIMATED),
                    shareText,
                    row.get("World_prod_notes").trim(),
                    at(file, row, "Leading_source_precent_world"),
                    Method.ESTIMATED));
        }
    }

    private void readEndUses(Path root, String file, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(file), file);
        String mineralColumn = table.header().contains("Critical_Mineral") ? "Critical_Mineral" : "CriticalMineral";
        String usesColumn =
                table.header().contains("Primary_Applications") ? "Primary_Applications" : "PrimaryApplications";
        if (!table.requireColumns(file, report, List.of(mineralColumn, usesColumn))) {
            return;
        }
        for (CsvFiles.Row row : McsRows.dataRows(file, table, "Source", release, report)) {
            String name = AreaNames.clean(row.get(mineralColumn));
            Optional<Mineral> mineral = McsRows.mineral(reference, file, row.line(), mineralColumn, name, report);
            if (mineral.isEmpty()) {
                continue;
            }
            String uses = row.get(usesColumn).trim();
            if (uses.isEmpty()) {
                continue;
            }
            out.add(observation(
                    mineral.get(),
                    Area.world(),
                    Period.year(release.dataYear()),
                    Metric.END_USE,
                    "Primary applications (critical minerals end-use table)",
                    Optional.empty(),
                    Set.of(Flag.QUALITATIVE),
                    uses,
                    row.get("Category_Note").trim(),
                    at(file, row, usesColumn),
                    Method.REPORTED));
        }
    }

    /** @return the period of a matched "..._2021_24" or "..._2020_2023" column name */
    private static Period period(Matcher matcher) {
        int start = Integer.parseInt(matcher.group(1));
        int end = matcher.group(2).length() == 2
                ? start / 100 * 100 + Integer.parseInt(matcher.group(2))
                : Integer.parseInt(matcher.group(2));
        return Period.range(start, end);
    }

    private Optional<Observation> reliance(
            String file,
            CsvFiles.Row row,
            String column,
            Mineral mineral,
            String series,
            String note,
            ImportReport report) {
        String raw = row.get(column).trim();
        Optional<CellValue> cell = CellValue.parse(raw);
        if (cell.isEmpty()) {
            report.error(file, row.line(), column, raw, "not a percentage; expected n, >n, <n, E, W or NA");
            return Optional.empty();
        }
        if (cell.get().isAbsent()) {
            return Optional.empty();
        }
        Optional<Quantity> quantity = Optional.empty();
        if (cell.get().value().isPresent()) {
            double value = cell.get().value().getAsDouble();
            if (value < 0 || value > 100) {
                report.error(file, row.line(), column, raw, "net import reliance must be within [0, 100] percent");
                return Optional.empty();
            }
            quantity = Optional.of(Quantity.of(value, Unit.PERCENT).canonical());
        }
        return Optional.of(observation(
                mineral,
                US,
                Period.year(release.dataYear()),
                Metric.NET_IMPORT_RELIANCE,
                series,
                quantity,
                cell.get().flags(),
                raw,
                note,
                at(file, row, column),
                Method.REPORTED));
    }

    /**
     * @param at the cell it was read from, as {@link #at} writes it
     * @param method how the edition arrived at the value
     * @return an observation of this edition, of no particular stage and on no stated basis
     */
    private Observation observation(
            Mineral mineral,
            Area area,
            Period period,
            Metric metric,
            String series,
            Optional<Quantity> quantity,
            Set<Flag> flags,
            String raw,
            String note,
            String at,
            Method method) {
        return new Observation(
                mineral.id(),
                Optional.empty(),
                area,
                period,
                metric,
                series,
                Basis.UNSPECIFIED,
                quantity,
                flags,
                raw,
                note,
                new Provenance(release.source(), at, method));
    }

    /** @return where a cell stands in the release: "file:line column" */
    private static String at(String file, CsvFiles.Row row, String column) {
        return file + ":" + row.line() + " " + column;
    }
}
