package lodestone.store.baseline;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Lodestone's normalised CSV form of observations: one row per observation, values in canonical units, written in a
 * stable order so that the same input always gives the same bytes. The bundled baseline uses it.
 */
public final class ObservationCsv {
    static final String[] HEADER = {
        "mineral",
        "stage",
        "area",
        "period",
        "metric",
        "series",
        "basis",
        "value",
        "unit",
        "flags",
        "raw",
        "note",
        "source",
        "locator",
        "method",
        "importer"
    };
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader(HEADER)
            .setRecordSeparator('\n')
            .get();
    private static final CSVFormat READ = CSVFormat.DEFAULT
            .builder()
            .setHeader(HEADER)
            .setSkipHeaderRecord(true)
            .get();

    /** The stable order: mineral, metric, stage, series, area, period, locator, importer. */
    public static final Comparator<Observation> ORDER = Comparator.comparing(Observation::mineral)
            .thenComparing(observation -> observation.metric().id())
            .thenComparing(observation -> observation.stage().map(Stage::id).orElse(""))
            .thenComparing(Observation::series)
            .thenComparing(observation -> observation.area().code())
            .thenComparing(Observation::period)
            .thenComparing(observation -> observation.provenance().locator())
            .thenComparing(observation -> observation.importer().map(Area::code).orElse(""));

    private ObservationCsv() {}

    /**
     * Writes observations in the stable order.
     *
     * @param observations the observations
     * @param out where to write
     */
    public static void write(List<Observation> observations, Writer out) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(ORDER);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Observation observation : sorted) {
                printer.printRecord(
                        observation.mineral().value(),
                        observation.stage().map(Stage::id).orElse(""),
                        observation.area().code(),
                        observation.period().toString(),
                        observation.metric().id(),
                        observation.series(),
                        observation.basis().id(),
                        observation
                                .quantity()
                                .map(q -> Double.toString(q.value()))
                                .orElse(""),
                        observation.quantity().map(q -> q.unit().name()).orElse(""),
                        observation.flags().stream().map(Flag::id).sorted().collect(Collectors.joining(";")),
                        observation.raw(),
                        observation.note(),
                        observation.provenance().source().value(),
                        observation.provenance().locator(),
                        observation.provenance().method().id(),
                        observation.importer().map(Area::code).orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads observations written by {@link #write}.
     *
     * @param in the CSV text
     * @param label the file name for messages
     * @return the observations
     * @throws IllegalStateException naming the line if a row is invalid
     */
    public static List<Observation> read(Reader in, String label) {
        List<Observation> out = new ArrayList<>();
        try {
            for (CSVRecord record : READ.parse(in)) {
                try {
                    out.add(parse(record));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            label + ":" + (record.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Observation parse(CSVRecord record) {
        String value = record.get("value");
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String flag : record.get("flags").split(";", -1)) {
            if (!flag.isEmpty()) {
                flags.add(Flag.parse(flag));
            }
        }
        String stage = record.get("stage");
        String importer = record.get("importer");
        return new Observation(
                MineralId.of(record.get("mineral")),
                stage.isEmpty() ? Optional.empty() : Optional.of(Stage.parse(stage)),
                Area.parse(record.get("area")),
                Period.parse(record.get("period")),
                Metric.parse(record.get("metric")),
                record.get("series"),
                Basis.parse(record.get("basis")),
                value.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Quantity.of(Double.parseDouble(value), Unit.valueOf(record.get("unit")))),
                flags,
                record.get("raw"),
                record.get("note"),
                new Provenance(
                        SourceId.of(record.get("source")), record.get("locator"), Method.parse(record.get("method"))),
                importer.isEmpty() ? Optional.empty() : Optional.of(Area.parse(importer)));
    }
}
