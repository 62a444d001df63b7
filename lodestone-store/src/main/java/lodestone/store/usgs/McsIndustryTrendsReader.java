package lodestone.store.usgs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
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
import lodestone.store.importing.CellValue;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.AreaNames;
import lodestone.store.reference.ReferenceData;

/**
 * Reads the industry-trends tables of the data release that carry U.S. dependency: Figure 2 (net import reliance in
 * 2024 and the major import sources of 2020–2023, in descending order of import share) and Table 5 (critical-mineral
 * salient statistics: net import reliance, primary import source, leading producer and its share of world production).
 * Import sources become {@code import-source-rank} observations (1 = largest): the release gives the order only.
 * Table 5's production columns repeat the world data and are not imported again.
 */
public final class McsIndustryTrendsReader {
    static final String FIG2 = "industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv";
    static final String T5 = "industry_trends/MCS2025_T5_Critical_Minerals_Salient.csv";
    private static final SourceId SOURCE = SourceId.of("usgs-mcs-2025-data");
    private static final Area US = Area.country(CountryCode.of("US"));
    private static final Period IMPORT_YEARS = Period.range(2020, 2023);

    private final ReferenceData reference;
    private final AreaNames areas;

    public McsIndustryTrendsReader(ReferenceData reference) {
        this.reference = reference;
        this.areas = new AreaNames(reference.countries());
    }

    /**
     * @param root the data release folder
     * @param report receives every problem
     * @return the observations from Figure 2 and Table 5
     */
    public List<Observation> read(Path root, ImportReport report) {
        List<Observation> out = new ArrayList<>();
        readFigure2(root, report, out);
        readTable5(root, report, out);
        return out;
    }

    private void readFigure2(Path root, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(FIG2), FIG2);
        for (String column : List.of("Commodity", "Net_Import_Reliance_pct_2024", "Major_Import_Sources_2020_2023")) {
            if (!table.header().contains(column)) {
                report.error(FIG2, 1, column, "", "required column is missing");
                return;
            }
        }
        for (CsvFiles.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            report.countRow();
            String commodity = row.get("Commodity").trim();
            Optional<Mineral> mineral = reference.minerals().resolve(commodity);
            if (mineral.isEmpty()) {
                report.error(FIG2, row.line(), "Commodity", commodity, "unknown commodity; add it to minerals.yaml");
                continue;
            }
            String series = "Fig. 2: " + commodity;
            String note = row.get("Notes").trim();
            reliance(FIG2, row, "Net_Import_Reliance_pct_2024", mineral.get(), series, note, report)
                    .ifPresent(out::add);
            String[] sources = row.get("Major_Import_Sources_2020_2023").split(",", -1);
            int rank = 0;
            for (String name : sources) {
                if (name.isBlank()) {
                    continue;
                }
                rank++;
                Optional<AreaNames.Resolved> area = areas.resolve(name);
                if (area.isEmpty()) {
                    report.error(
                            FIG2,
                            row.line(),
                            "Major_Import_Sources_2020_2023",
                            name.trim(),
                            "unknown country; add the name as an alias in countries.yaml");
                    continue;
                }
                out.add(new Observation(
                        mineral.get().id(),
                        Optional.empty(),
                        area.get().area(),
                        IMPORT_YEARS,
                        Metric.IMPORT_SOURCE_RANK,
                        series,
                        Basis.UNSPECIFIED,
                        Optional.of(Quantity.of(rank, Unit.ONE)),
                        Set.of(),
                        name.trim(),
                        "rank among the major U.S. import sources, 2020-2023; " + note,
                        new Provenance(
                                SOURCE, FIG2 + ":" + row.line() + " Major_Import_Sources_2020_2023", Method.REPORTED)));
            }
        }
    }

    private void readTable5(Path root, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.readUtf8(root.resolve(T5), T5);
        for (String column : List.of("Critical_mineral", "Net_Import_Reliance", "Leading_source_country")) {
            if (!table.header().contains(column)) {
                report.error(T5, 1, column, "", "required column is missing");
                return;
            }
        }
        for (CsvFiles.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            report.countRow();
            String name = row.get("Critical_mineral").trim();
            Optional<Mineral> mineral = reference.minerals().resolve(name);
            if (mineral.isEmpty()) {
                report.error(T5, row.line(), "Critical_mineral", name, "unknown commodity; add it to minerals.yaml");
                continue;
            }
            String series = "Table 5: " + name;
            reliance(
                            T5,
                            row,
                            "Net_Import_Reliance",
                            mineral.get(),
                            series,
                            row.get("Import_source_notes").trim(),
                            report)
                    .ifPresent(out::add);
            String leader = row.get("Leading_source_country");
            String shareText = row.get("Leading_source_precent_world").trim();
            Optional<CellValue> share = CellValue.parse(shareText);
            if (share.isEmpty()) {
                report.error(T5, row.line(), "Leading_source_precent_world", shareText, "not a percentage");
                continue;
            }
            if (share.get().value().isEmpty()) {
                continue;
            }
            Optional<AreaNames.Resolved> area = areas.resolve(leader);
            if (area.isEmpty()) {
                report.error(T5, row.line(), "Leading_source_country", leader, "unknown country");
                continue;
            }
            out.add(new Observation(
                    mineral.get().id(),
                    Optional.empty(),
                    area.get().area(),
                    Period.year(2024),
                    Metric.SUPPLY_SHARE,
                    series + " (leading producer's share of world production)",
                    Basis.UNSPECIFIED,
                    Optional.of(Quantity.of(share.get().value().getAsDouble(), Unit.PERCENT)
                            .canonical()),
                    EnumSet.of(Flag.ESTIMATED),
                    shareText,
                    row.get("World_prod_notes").trim(),
                    new Provenance(SOURCE, T5 + ":" + row.line() + " Leading_source_precent_world", Method.ESTIMATED)));
        }
    }

    private static Optional<Observation> reliance(
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
        return Optional.of(new Observation(
                mineral.id(),
                Optional.empty(),
                US,
                Period.year(2024),
                Metric.NET_IMPORT_RELIANCE,
                series,
                Basis.UNSPECIFIED,
                quantity,
                cell.get().flags(),
                raw,
                note,
                new Provenance(SOURCE, file + ":" + row.line() + " " + column, Method.REPORTED)));
    }
}
