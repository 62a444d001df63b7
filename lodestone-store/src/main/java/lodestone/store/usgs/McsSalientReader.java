package lodestone.store.usgs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
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
import lodestone.store.importing.DataFileException;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads every {@code salient_commodity/*_salient.csv} file of the MCS 2025 layout: U.S. production, imports, exports,
 * consumption, net import reliance, prices, stocks and employment by year.
 *
 * <p>Column names differ per commodity but follow one scheme, {@code <Metric>[_<Qualifier>...]_<unit>}, e.g.
 * {@code NIR_pct}, {@code Imports_Compounds_t}, {@code Price_Dy2O3_dkg}. The metric comes from the first part
 * (USprod, Imports, Exports, Consump, Price, NIR, Stocks, Shipments, Employment; anything else is kept as "other"). The
 * unit comes from the {@code _meta.xml} file, the release's metadata, where it gives one, else from the last part of
 * the name: the names carry typos the metadata does not ({@code Consump_g} is {@code Consump_kg}, kilograms, in the
 * meta file; {@code Price_Zircon_imported_t} is dollars per metric ton), so a column is matched to its meta entry by
 * name, else by a name that differs only in case and separators, else by position when the file and the meta file
 * list the same number of columns and the first parts agree; a suffix the meta unit overrules is reported. A price
 * whose unit is not a price per mass (or an index) is reported and not imported. Net import reliance is always
 * percent, whatever the suffix says (the rare-earth file names it {@code NIR_Compounds-Metals_t}). The meta file's
 * definition of each column becomes the observation's note. A qualifier that names a member of the commodity's group
 * (e.g. {@code Palladium} in the platinum-group file) or a leading product prefix ({@code Alumina_...} in the bauxite
 * file) assigns the column to that mineral. U.S. figures get the area US.
 */
public final class McsSalientReader {
    static final String FOLDER = "salient_commodity";
    private static final CountryCode US = CountryCode.of("US");
    private static final Map<String, Metric> METRICS = Map.of(
            "usprod", Metric.PRODUCTION,
            "imports", Metric.IMPORTS,
            "exports", Metric.EXPORTS,
            "consump", Metric.CONSUMPTION,
            "price", Metric.PRICE,
            "nir", Metric.NET_IMPORT_RELIANCE,
            "stocks", Metric.STOCKS,
            "shipments", Metric.SHIPMENTS,
            "employment", Metric.EMPLOYMENT);
    private static final Map<String, Unit> SUFFIXES = Map.ofEntries(
            Map.entry("t", Unit.TONNE),
            Map.entry("kt", Unit.THOUSAND_TONNES),
            Map.entry("mmt", Unit.MILLION_TONNES),
            Map.entry("kg", Unit.KILOGRAM),
            Map.entry("g", Unit.GRAM),
            Map.entry("pct", Unit.PERCENT),
            Map.entry("dkg", Unit.USD_PER_KILOGRAM),
            Map.entry("dt", Unit.USD_PER_TONNE),
            Map.entry("dlb", Unit.USD_PER_POUND),
            Map.entry("dto", Unit.USD_PER_TROY_OUNCE),
            Map.entry("dtoz", Unit.USD_PER_TROY_OUNCE),
            Map.entry("ctslb", Unit.US_CENTS_PER_POUND),
            Map.entry("dst", Unit.USD_PER_SHORT_TON),
            Map.entry("dg", Unit.USD_PER_GRAM),
            Map.entry("dct", Unit.USD_PER_CARAT),
            Map.entry("num", Unit.ONE),
            Map.entry("mdol", Unit.MILLION_USD),
            Map.entry("mcm", Unit.MILLION_CUBIC_METRES),
            Map.entry("mct", Unit.MILLION_CARATS),
            Map.entry("msqft", Unit.MILLION_SQUARE_FEET),
            Map.entry("index", Unit.INDEX_POINTS));

    private final ReferenceData reference;
    private final McsRelease.Detected release;

    /**
     * @param reference the reference data
     * @param release the edition being read
     */
    public McsSalientReader(ReferenceData reference, McsRelease.Detected release) {
        this.reference = reference;
        this.release = release;
    }

    /**
     * Reads every salient file of the data release, in file-name order.
     *
     * @param root the data release folder
     * @param report receives every problem
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report) {
        return read(root, report, ImportProgress.NONE);
    }

    /**
     * Reads every salient file, reporting one progress step per file.
     *
     * @param root the data release folder
     * @param report receives every problem
     * @param progress receives a step per file
     * @return the observations
     */
    public List<Observation> read(Path root, ImportReport report, ImportProgress progress) {
        Set<Path> files = files(root);
        if (files.isEmpty()) {
            report.error(FOLDER, 0, "", "", "no *_salient.csv file found");
        }
        List<Observation> observations = new ArrayList<>();
        for (Path file : files) {
            observations.addAll(readFile(file, report));
            progress.step(file.getFileName().toString());
        }
        return observations;
    }

    /**
     * @param root the data release folder
     * @return the salient files, in name order
     */
    public Set<Path> files(Path root) {
        Path folder = root.resolve(FOLDER);
        Set<Path> files = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*_salient.csv")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new DataFileException(FOLDER, 0, "cannot list the folder: " + e.getMessage(), e);
        }
        return files;
    }

    private List<Observation> readFile(Path file, ImportReport report) {
        String label = FOLDER + "/" + file.getFileName();
        CsvFiles.Table table = CsvFiles.readUtf8(file, label);
        List<Observation> out = new ArrayList<>();
        String commodityColumn = "Commodity";
        if (!table.header().contains(commodityColumn) || !table.header().contains("Year")) {
            report.error(label, 1, "Commodity/Year", "", "required columns Commodity and Year are missing");
            return out;
        }
        List<String> valueColumns = table.header().stream()
                .filter(column ->
                        !Set.of("DataSource", "Source", "Commodity", "Year", "").contains(column))
                .toList();
        Map<String, MetaColumn> meta = matchMeta(label, table.header(), readMeta(file, label, report), report);
        String sourceColumn = table.header().contains("DataSource") ? "DataSource" : "Source";
        for (CsvFiles.Row row : McsRows.dataRows(label, table, sourceColumn, release, report)) {
            Optional<Mineral> mineral =
                    McsRows.mineral(reference, label, row.line(), commodityColumn, row.get(commodityColumn), report);
            if (mineral.isEmpty()) {
                continue;
            }
            OptionalInt read = row.year(label, "Year", report);
            if (read.isEmpty()) {
                continue;
            }
            int year = read.getAsInt();
            if (!McsRelease.checkDataYear(label, row.line(), "Year", year, release, report)) {
                continue;
            }
            for (String column : valueColumns) {
                readCell(label, row, column, mineral.get(), year, Optional.ofNullable(meta.get(column)), out, report);
            }
        }
        return out;
    }

    private void readCell(
            String label,
            CsvFiles.Row row,
            String column,
            Mineral fileMineral,
            int year,
            Optional<MetaColumn> meta,
            List<Observation> out,
            ImportReport report) {
        String raw = row.get(column).trim();
        Optional<CellValue> cell = CellValue.parse(raw);
        if (cell.isEmpty()) {
            report.warning(label, row.line(), column, raw, "not a number; the cell is not imported");
            return;
        }
        if (cell.get().isAbsent()) {
            return;
        }
        List<String> parts = new ArrayList<>(List.of(column.split("_", -1)));
        MineralId mineral = fileMineral.id();
        Optional<Mineral> prefix = reference.minerals().resolve(parts.get(0));
        if (parts.size() > 2
                && prefix.isPresent()
                && !METRICS.containsKey(parts.get(0).toLowerCase(Locale.ROOT))) {
            mineral = prefix.get().id();
            parts.remove(0);
        }
        for (String part : parts.subList(1, Math.max(1, parts.size() - 1))) {
            Optional<Mineral> member = reference.minerals().resolve(part);
            if (member.isPresent()
                    && fileMineral.members().contains(member.get().id())) {
                mineral = member.get().id();
            }
        }
        Metric metric = METRICS.getOrDefault(parts.get(0).toLowerCase(Locale.ROOT), Metric.OTHER);
        String suffix = parts.size() > 1 ? parts.get(parts.size() - 1) : "";
        Optional<Unit> unit = unit(metric, suffix, meta);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(cell.get().flags());
        Optional<Quantity> quantity = Optional.empty();
        if (cell.get().value().isPresent()) {
            if (unit.isEmpty()) {
                report.warning(
                        label,
                        row.line(),
                        column,
                        raw,
                        "unknown unit (suffix '" + suffix + "', meta '"
                                + meta.map(MetaColumn::unit).orElse("") + "'); the cell is not imported");
                return;
            }
            if (!fits(metric, unit.get())) {
                report.warning(
                        label,
                        row.line(),
                        column,
                        raw,
                        "a " + metric.id() + " in " + unit.get() + " is not a " + metric.id()
                                + "; the cell is not imported.\nMaybe the column name or the meta file names another"
                                + " unit.");
                return;
            }
            double value = cell.get().value().getAsDouble();
            if (unit.get() == Unit.PERCENT && (value < 0 || value > 100)) {
                report.warning(label, row.line(), column, raw, "a percentage outside [0, 100]; not imported");
                return;
            }
            quantity = Optional.of(Quantity.of(value, unit.get()).canonical());
        }
        String description = meta.map(MetaColumn::definition).orElse("");
        if (description.toLowerCase(Locale.ROOT).contains("estimated") && year == release.dataYear()) {
            flags.add(Flag.ESTIMATED);
        }
        if (quantity.isEmpty()) {
            flags.remove(Flag.ESTIMATED);
        }
        out.add(new Observation(
                mineral,
                McsRows.productionStage(metric, column),
                Area.country(US),
                Period.year(year),
                metric,
                column,
                Basis.UNSPECIFIED,
                quantity,
                flags,
                raw,
                description,
                new Provenance(
                        release.source(),
                        label + ":" + row.line() + " " + column,
                        flags.contains(Flag.ESTIMATED) ? Method.ESTIMATED : Method.REPORTED)));
    }

    /**
     * The unit of a column: percent for net import reliance, one for employment, else the meta file's unit where it
     * names a known one, else the name's suffix.
     */
    private static Optional<Unit> unit(Metric metric, String suffix, Optional<MetaColumn> meta) {
        if (metric == Metric.NET_IMPORT_RELIANCE) {
            return Optional.of(Unit.PERCENT);
        }
        if (metric == Metric.EMPLOYMENT) {
            return Optional.of(Unit.ONE);
        }
        return meta.flatMap(m -> McsUnits.parse(m.unit())).or(() -> Optional.ofNullable(SUFFIXES.get(suffix)));
    }

    /** @return false where a unit cannot measure the metric: a price in tonnes, a production in dollars per tonne */
    private static boolean fits(Metric metric, Unit unit) {
        Dimension dimension = unit.dimension();
        if (metric == Metric.PRICE) {
            return dimension == Dimension.PRICE_PER_MASS || dimension == Dimension.INDEX;
        }
        return dimension != Dimension.PRICE_PER_MASS || metric == Metric.OTHER;
    }

    /**
     * A column as the meta file describes it.
     *
     * @param label the column name in the meta file
     * @param definition its definition
     * @param unit its unit in words, or ""
     */
    record MetaColumn(String label, String definition, String unit) {}

    /**
     * Matches each column of the file to its meta entry: by name; by a name that differs only in case, underscores
     * and hyphens; else by position, when both list the same columns count and the first parts of the names agree.
     * Warns where a suffix names another unit than the meta entry matched by position, as the meta file is used.
     */
    private static Map<String, MetaColumn> matchMeta(
            String label, List<String> header, List<MetaColumn> meta, ImportReport report) {
        Map<String, MetaColumn> byName = new HashMap<>();
        Map<String, MetaColumn> byLoose = new HashMap<>();
        for (MetaColumn column : meta) {
            byName.putIfAbsent(column.label(), column);
            byLoose.putIfAbsent(loose(column.label()), column);
        }
        List<String> named = header.stream().filter(column -> !column.isEmpty()).toList();
        List<MetaColumn> labelled =
                meta.stream().filter(column -> !column.label().isEmpty()).toList();
        boolean aligned = named.size() == labelled.size();
        Map<String, MetaColumn> out = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            String column = named.get(i);
            MetaColumn match = byName.get(column);
            if (match == null) {
                match = byLoose.get(loose(column));
            }
            if (match == null && aligned && firstPart(labelled.get(i).label()).equals(firstPart(column))) {
                match = labelled.get(i);
                String suffix = column.substring(column.lastIndexOf('_') + 1);
                Optional<Unit> metaUnit = McsUnits.parse(match.unit());
                Optional<Unit> suffixUnit = Optional.ofNullable(SUFFIXES.get(suffix));
                Metric metric = METRICS.getOrDefault(firstPart(column), Metric.OTHER);
                if (metaUnit.isPresent()
                        && !metaUnit.equals(suffixUnit)
                        && metric != Metric.NET_IMPORT_RELIANCE
                        && metric != Metric.EMPLOYMENT) {
                    report.warning(
                            label,
                            1,
                            column,
                            column,
                            "the meta file lists this column as " + match.label() + " (same position), in "
                                    + match.unit() + "; read in "
                                    + metaUnit.get().symbol() + ", not in the unit of"
                                    + " the suffix '" + suffix + "'");
                }
            }
            if (match != null) {
                out.put(column, match);
            }
        }
        return out;
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
    }

    private static String firstPart(String name) {
        int end = name.indexOf('_');
        return (end < 0 ? name : name.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    private static List<MetaColumn> readMeta(Path csv, String label, ImportReport report) {
        Path file = csv.resolveSibling(csv.getFileName().toString().replace("_salient.csv", "_meta.xml"));
        List<MetaColumn> columns = new ArrayList<>();
        if (!Files.exists(file)) {
            String alternative = csv.getFileName().toString().replaceAll("_salient\\.csv$", "");
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(
                    csv.getParent(), alternative.substring(0, Math.min(12, alternative.length())) + "*_meta.xml")) {
                for (Path candidate : stream) {
                    file = candidate;
                }
            } catch (IOException e) {
                throw new DataFileException(label, 0, e.getMessage(), e);
            }
        }
        if (!Files.exists(file)) {
            report.warning(label, 0, "", "", "no _meta.xml beside it; units come from column suffixes only");
            return columns;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            NodeList attrs = document.getElementsByTagName("attr");
            for (int i = 0; i < attrs.getLength(); i++) {
                Element attr = (Element) attrs.item(i);
                columns.add(new MetaColumn(
                        CsvFiles.normaliseHeader(text(attr, "attrlabl")),
                        text(attr, "attrdef").replaceAll("\\s+", " ").trim(),
                        text(attr, "attrunit").trim()));
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            report.warning(
                    FOLDER + "/" + file.getFileName(),
                    0,
                    "",
                    "",
                    "the meta file cannot be parsed (" + e.getMessage() + "); units come from column suffixes");
        }
        return columns;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
