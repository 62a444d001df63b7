package lodestone.store.usgs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.SourceId;
import lodestone.store.importing.DataFileException;
import lodestone.store.importing.ImportReport;

/**
 * Which edition of the USGS Mineral Commodity Summaries data release a folder holds, and in which layout. The edition
 * is read from the release's own file names ({@code MCS2025_World_Data.csv}, {@code mcs2023-abras_salient.csv},
 * {@code MCS2026_Commodities_Data.csv}); the readers then check it against each file's source column and data years.
 * A folder that mixes editions, or whose edition differs from the one declared, is refused with the files at fault: an
 * edition is never imported under another edition's name.
 */
public final class McsRelease {
    /** The series id of the USGS Mineral Commodity Summaries editions. */
    public static final String SERIES = "mcs";

    private static final Pattern FILE_EDITION = Pattern.compile("(?i)^mcs(\\d{4})[_-].*\\.(csv|xml)$");

    /** How the release's files are laid out. */
    public enum Layout {
        /** MCS 2025: {@code world_data/}, {@code salient_commodity/} (one file per commodity), {@code industry_trends/}. */
        FOLDERS,
        /** MCS 2026: one long {@code MCS<year>_Commodities_Data.csv} and the figure and table files beside it. */
        LONG_TABLE
    }

    /**
     * @param layout the layout
     * @param edition the edition, e.g. mcs-2026
     */
    public record Detected(Layout layout, Edition edition) {
        /** @return the id of the source every observation of this edition cites, e.g. usgs-mcs-2026-data */
        public SourceId source() {
            return sourceOf(edition);
        }

        /** @return the dataset name the store keeps this edition under, e.g. usgs-mcs-2026 */
        public String dataset() {
            return datasetOf(edition);
        }

        /** @return the data year of the edition's annual figures: the year before the edition (2025 for mcs-2026) */
        public int dataYear() {
            return edition.year() - 1;
        }

        /** @return the file name prefix of the edition, e.g. MCS2026 */
        public String prefix() {
            return "MCS" + edition.year();
        }
    }

    private McsRelease() {}

    /**
     * @param edition an MCS edition
     * @return the id of its data release's source, e.g. usgs-mcs-2026-data
     */
    public static SourceId sourceOf(Edition edition) {
        return SourceId.of("usgs-" + edition.id() + "-data");
    }

    /**
     * @param edition an MCS edition
     * @return the store's dataset name for it, e.g. usgs-mcs-2026
     */
    public static String datasetOf(Edition edition) {
        return "usgs-" + edition.id();
    }

    /**
     * Detects the layout and edition of a data release folder.
     *
     * @param root the folder
     * @param declared the edition the caller says the folder holds, if any
     * @param report receives an error naming the files when the folder mixes editions, holds no release file, or holds
     *     another edition than the one declared
     * @return the layout and edition, empty when the report has an error
     */
    public static Optional<Detected> detect(Path root, Optional<Edition> declared, ImportReport report) {
        Map<Edition, List<String>> byEdition = new TreeMap<>();
        for (Path file : files(root)) {
            Matcher matcher = FILE_EDITION.matcher(file.getFileName().toString());
            if (matcher.matches()) {
                byEdition
                        .computeIfAbsent(
                                Edition.of(SERIES, Integer.parseInt(matcher.group(1))),
                                e -> new java.util.ArrayList<>())
                        .add(root.relativize(file).toString().replace('\\', '/'));
            }
        }
        if (byEdition.isEmpty()) {
            report.error(
                    root.toString(),
                    0,
                    "",
                    "",
                    "no file of a USGS Mineral Commodity Summaries data release (names"
                            + " such as MCS2026_Commodities_Data.csv or world_data/MCS2025_World_Data.csv).\nMaybe point at the"
                            + " release folder itself.");
            return Optional.empty();
        }
        if (byEdition.size() > 1) {
            report.error(
                    root.toString(),
                    0,
                    "",
                    "",
                    "the folder mixes editions of the data release: "
                            + byEdition.entrySet().stream()
                                    .map(entry -> entry.getKey() + " (" + summary(entry.getValue()) + ")")
                                    .collect(Collectors.joining("; "))
                            + ".\nMaybe import each edition from its own folder; an edition is never imported under"
                            + " another's name.");
            return Optional.empty();
        }
        Edition found = byEdition.keySet().iterator().next();
        if (declared.isPresent() && !declared.get().equals(found)) {
            report.error(
                    summary(java.util.Objects.requireNonNull(byEdition.get(found))),
                    0,
                    "",
                    found.id(),
                    "the files are of edition " + found + ", not of the declared edition " + declared.get()
                            + ".\nMaybe import them as " + datasetOf(found) + " (or as usgs-mcs, which reads the"
                            + " edition from the files).");
            return Optional.empty();
        }
        Layout layout;
        if (Files.isDirectory(root.resolve("world_data"))) {
            layout = Layout.FOLDERS;
        } else if (Files.isRegularFile(root.resolve("MCS" + found.year() + "_Commodities_Data.csv"))) {
            layout = Layout.LONG_TABLE;
        } else {
            report.error(
                    root.toString(),
                    0,
                    "",
                    "",
                    "edition " + found + " found, but neither world_data/ (the MCS 2025 layout) nor MCS" + found.year()
                            + "_Commodities_Data.csv (the MCS 2026 layout) is in the folder.");
            return Optional.empty();
        }
        return Optional.of(new Detected(layout, found));
    }

    /**
     * @param file a file of the release, for messages
     * @param line the line
     * @param column the source column's name
     * @param value the source column's value, e.g. MCS2025
     * @param detected the detected edition
     * @param report receives an error if the value names another edition
     * @return true if the value matches the edition
     */
    static boolean checkSourceColumn(
            String file, long line, String column, String value, Detected detected, ImportReport report) {
        String text = value.trim();
        if (text.isEmpty() || text.equalsIgnoreCase(detected.prefix())) {
            return true;
        }
        report.error(
                file,
                line,
                column,
                text,
                "the row is of another edition than the release (" + detected.edition() + ", " + detected.prefix()
                        + ").\nMaybe a file of another edition was copied into this folder.");
        return false;
    }

    /**
     * @param file a file of the release, for messages
     * @param line the line
     * @param column the year column's name
     * @param year a data year of the file
     * @param detected the detected edition
     * @param report receives an error if the year is later than the edition's data year
     * @return true if the year can belong to the edition
     */
    static boolean checkDataYear(
            String file, long line, String column, int year, Detected detected, ImportReport report) {
        if (year <= detected.dataYear()) {
            return true;
        }
        report.error(
                file,
                line,
                column,
                Integer.toString(year),
                "data year " + year + " is later than the last data year (" + detected.dataYear() + ") of edition "
                        + detected.edition() + ".\nMaybe the file is of a later edition.");
        return false;
    }

    private static String summary(List<String> files) {
        List<String> sorted = files.stream().sorted().toList();
        return sorted.get(0) + (sorted.size() > 1 ? " and " + (sorted.size() - 1) + " more" : "");
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DataFileException(root.toString(), 0, "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
