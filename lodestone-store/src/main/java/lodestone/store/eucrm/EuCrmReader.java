package lodestone.store.eucrm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
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
 * Reads the EU CRM 2023 assessment tables: global supply shares by stage (E extraction, P processing) with the trade
 * variable t, EU sourcing shares with t, the published supply risk (SR) and economic importance (EI) for the 2011–2023
 * assessments, and end-use shares with their NACE sectors.
 *
 * <p>Quirks handled: three of the files are Windows-1252 ("Türkiye", the euro sign), shares are strings such as
 * {@code 84.4%} and {@code <0.1%} (kept as 0.1 % with a less-than flag), "-" means not assessed, a material name broken
 * over two lines ("Natural Teak\nwood"), and country spellings such as "Brasilia", "Turkyie", "Libanon", "Congo, D.R.".
 *
 * <p>Data years: the shares (and the trade variable t on their rows) are averages over the five years before the
 * assessment, 2016–2020, and are stored with that period, not with the study year 2023, so that they are never taken
 * for 2023 figures or mixed with USGS data of 2023. Basis: the EC 2017 methodology that the 2023 study applies averages
 * the most recent five years of data; the study's supply-share annex gives no period per row, so 2016–2020 is the
 * study's window as commonly cited (CritMAT's reconstruction of the study uses it for its governance inputs), not a
 * per-material period read from the annex; every share's note says so. The published SR and EI are values of their
 * assessment year. EU sourcing shares name the EU as their importer.
 */
public final class EuCrmReader {
    static final String GLOBAL = "fact_GlobalSupplyShares&t.csv";
    static final String EU_SOURCING = "fact_EUSupplyShares&t.csv";
    static final String SCORES = "dimension_CRMsOverTime.csv";
    static final String END_USES = "fact_MaterialUseShares.csv";
    static final String GLOBAL_SERIES = "EU CRM 2023 global supply";
    static final String EU_SERIES = "EU CRM 2023 EU sourcing";
    private static final SourceId SOURCE = SourceId.of("eu-crm-2023-study");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The end-use shares are kept with the assessment year: the annex states no data years for them. */
    private static final Period ASSESSMENT = Period.year(2023);
    /** The data years the 2023 assessment's shares average (see the class comment for the basis). */
    static final Period SHARE_YEARS = Period.range(2016, 2020);

    private static final String SHARE_NOTE =
            "EU CRM 2023 study, Appendix 7: a 2016-2020 average (the five-year window of the EC 2017 method)";

    private final ReferenceData reference;
    private final AreaNames areas;

    public EuCrmReader(ReferenceData reference) {
        this.reference = reference;
        this.areas = new AreaNames(reference.countries());
    }

    /**
     * @param root the folder holding the EU CRM 2023 CSV tables
     * @param report receives every problem
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report) {
        List<Observation> out = new ArrayList<>();
        readShares(root, GLOBAL, GLOBAL_SERIES, Metric.SUPPLY_SHARE, report, out);
        readShares(root, EU_SOURCING, EU_SERIES, Metric.SOURCING_SHARE, report, out);
        readScores(root, report, out);
        readEndUses(root, report, out);
        return out;
    }

    private void readShares(
            Path root, String file, String series, Metric metric, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.read(root.resolve(file), file, WINDOWS_1252);
        if (!table.requireColumns(file, report, List.of("Material", "Stage", "Country", "Share", "t"))) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (CsvFiles.Row row : table.dataRows(report)) {
            Optional<Mineral> mineral = mineral(file, row, report);
            Optional<Stage> stage = stage(file, row, report);
            Optional<AreaNames.Resolved> area = areas.resolve(row.get("Country"), file, row.line(), "Country", report);
            String shareText = row.get("Share").trim();
            Optional<CellValue> share = CellValue.parse(shareText);
            if (share.isEmpty() || share.get().value().isEmpty()) {
                report.error(file, row.line(), "Share", shareText, "expected a percentage such as 84.4% or <0.1%");
            } else if (!share.get().percent()) {
                report.warning(
                        file,
                        row.line(),
                        "Share",
                        shareText,
                        "no percent sign; read as " + shareText + "% like every other share of the table");
            }
            String tText = row.get("t").trim();
            Optional<CellValue> t = CellValue.parse(tText);
            if (t.isEmpty() || t.get().value().isEmpty()) {
                report.error(file, row.line(), "t", tText, "expected a number such as 1.0");
            }
            if (mineral.isEmpty()
                    || stage.isEmpty()
                    || area.isEmpty()
                    || share.isEmpty()
                    || share.get().value().isEmpty()
                    || t.isEmpty()
                    || t.get().value().isEmpty()) {
                continue;
            }
            double percent = share.get().value().getAsDouble();
            if (percent < 0 || percent > 100) {
                report.error(file, row.line(), "Share", shareText, "a share must be within [0%, 100%]");
                continue;
            }
            if (!keys.add(mineral.get().id() + "|" + stage.get() + "|"
                    + area.get().area().code())) {
                report.error(
                        file,
                        row.line(),
                        "Country",
                        row.get("Country"),
                        "a second row for the same material, stage and country");
                continue;
            }
            String locator = file + ":" + row.line();
            Observation shareObservation = observation(
                    mineral.get(),
                    stage.get(),
                    area.get().area(),
                    metric,
                    series,
                    Quantity.of(percent, Unit.PERCENT).canonical(),
                    share.get().flags(),
                    shareText,
                    new Provenance(SOURCE, locator + " Share", Method.REPORTED));
            out.add(
                    metric == Metric.SOURCING_SHARE
                            ? shareObservation.withImporter(Area.EuropeanUnion.INSTANCE)
                            : shareObservation);
            out.add(observation(
                    mineral.get(),
                    stage.get(),
                    area.get().area(),
                    Metric.TRADE_VARIABLE,
                    series,
                    Quantity.of(t.get().value().getAsDouble(), Unit.FACTOR),
                    Set.of(),
                    tText,
                    new Provenance(SOURCE, locator + " t", Method.REPORTED)));
        }
    }

    private static Observation observation(
            Mineral mineral,
            Stage stage,
            Area area,
            Metric metric,
            String series,
            Quantity quantity,
            Set<Flag> flags,
            String raw,
            Provenance provenance) {
        return new Observation(
                mineral.id(),
                Optional.of(stage),
                area,
                SHARE_YEARS,
                metric,
                series,
                Basis.UNSPECIFIED,
                Optional.of(quantity),
                flags,
                raw,
                SHARE_NOTE,
                provenance);
    }

    private void readScores(Path root, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.read(root.resolve(SCORES), SCORES, StandardCharsets.UTF_8);
        if (!table.requireColumns(SCORES, report, List.of("Material", "Year", "SR", "EI"))) {
            return;
        }
        for (CsvFiles.Row row : table.dataRows(report)) {
            Optional<Mineral> mineral = mineral(SCORES, row, report);
            OptionalInt read = row.year(SCORES, "Year", report);
            if (read.isEmpty()) {
                continue;
            }
            int year = read.getAsInt();
            for (String column : List.of("SR", "EI")) {
                String raw = row.get(column).trim();
                if (raw.equals("-")) {
                    continue;
                }
                Optional<CellValue> value = CellValue.parse(raw);
                if (value.isEmpty()
                        || value.get().value().isEmpty()
                        || value.get().value().getAsDouble() < 0) {
                    report.error(SCORES, row.line(), column, raw, "expected a non-negative number or '-'");
                    continue;
                }
                if (mineral.isEmpty()) {
                    continue;
                }
                out.add(new Observation(
                        mineral.get().id(),
                        Optional.empty(),
                        Area.EuropeanUnion.INSTANCE,
                        Period.year(year),
                        column.equals("SR") ? Metric.SUPPLY_RISK : Metric.ECONOMIC_IMPORTANCE,
                        "EU CRM assessment " + year,
                        Basis.UNSPECIFIED,
                        Optional.of(Quantity.of(value.get().value().getAsDouble(), Unit.FACTOR)),
                        Set.of(),
                        raw,
                        "published in the EU CRM " + year + " assessment (Annex 4 of the 2023 study)",
                        new Provenance(SOURCE, SCORES + ":" + row.line() + " " + column, Method.REPORTED)));
            }
        }
    }

    private void readEndUses(Path root, ImportReport report, List<Observation> out) {
        CsvFiles.Table table = CsvFiles.read(root.resolve(END_USES), END_USES, WINDOWS_1252);
        String vaColumn = table.header().stream()
                .filter(column -> column.startsWith("VAinmillion"))
                .findFirst()
                .orElse("");
        if (!table.requireColumns(END_USES, report, List.of("Material", "Application", "Share", "NACEsector"))) {
            return;
        }
        for (CsvFiles.Row row : table.dataRows(report)) {
            Optional<Mineral> mineral = mineral(END_USES, row, report);
            String raw = row.get("Share").trim();
            Optional<CellValue> share = CellValue.parse(raw);
            if (share.isEmpty()
                    || share.get().value().isEmpty()
                    || share.get().value().getAsDouble() > 100) {
                report.error(END_USES, row.line(), "Share", raw, "expected a percentage such as 42%");
                continue;
            }
            if (mineral.isEmpty()) {
                continue;
            }
            String sector = row.get("NACEsector").trim();
            String va = vaColumn.isEmpty() ? "" : row.get(vaColumn).trim();
            out.add(new Observation(
                    mineral.get().id(),
                    Optional.empty(),
                    Area.EuropeanUnion.INSTANCE,
                    ASSESSMENT,
                    Metric.END_USE_SHARE,
                    row.get("Application").trim(),
                    Basis.UNSPECIFIED,
                    Optional.of(Quantity.of(share.get().value().getAsDouble(), Unit.PERCENT)
                            .canonical()),
                    share.get().flags(),
                    raw,
                    sector + (va.isEmpty() ? "" : "; sector value added EUR " + va + " million"),
                    new Provenance(SOURCE, END_USES + ":" + row.line() + " Share", Method.REPORTED)));
        }
    }

    private Optional<Mineral> mineral(String file, CsvFiles.Row row, ImportReport report) {
        String name = row.get("Material");
        Optional<Mineral> mineral = reference.minerals().resolve(name);
        if (mineral.isEmpty()) {
            report.error(
                    file,
                    row.line(),
                    "Material",
                    name,
                    "unknown material; add the name as an alias in" + " minerals.yaml");
        }
        return mineral;
    }

    private static Optional<Stage> stage(String file, CsvFiles.Row row, ImportReport report) {
        String text = row.get("Stage").trim();
        if (text.equals("E")) {
            return Optional.of(Stage.MINING);
        }
        if (text.equals("P")) {
            return Optional.of(Stage.PROCESSING);
        }
        report.error(file, row.line(), "Stage", text, "expected E (extraction) or P (processing)");
        return Optional.empty();
    }
}
