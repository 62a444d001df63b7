package lodestone.store.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.geo.Countries;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralGroup;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.provenance.SourceTier;

/**
 * The curated reference data bundled with Lodestone (under {@code lodestone/reference/} on the class path): the mineral
 * catalogue, country names and aliases, critical-mineral lists and their sources. Read once per JVM, on first use, and
 * shared: every collection it exposes is unmodifiable.
 *
 * @param minerals the mineral catalogue
 * @param countries the country names and aliases
 * @param sources the sources of the reference data and the bundled datasets
 * @param lists the critical-mineral lists
 */
public record ReferenceData(
        MineralCatalogue minerals, Countries countries, List<Source> sources, List<CriticalMineralList> lists) {
    private static final String ROOT = "lodestone/reference/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public ReferenceData {
        sources = List.copyOf(sources);
        lists = List.copyOf(lists);
    }

    /**
     * The bundled reference data, read from the class path on the first call and the same instance on every later one
     * (the files are bundled and never change while the JVM runs).
     *
     * @return the reference data
     * @throws IllegalStateException if a bundled file is missing or invalid (a build defect)
     */
    public static ReferenceData load() {
        return Bundled.INSTANCE;
    }

    /** Holds the bundled reference data: the JVM initialises it once, on first use, and safely for every thread. */
    private static final class Bundled {
        static final ReferenceData INSTANCE = readBundled();

        private Bundled() {}
    }

    private static ReferenceData readBundled() {
        MineralCatalogue minerals = readMinerals(read("minerals.yaml"));
        Countries countries = readCountries(read("countries.yaml"));
        List<Source> sources = readSources(read("sources.yaml"), "sources.yaml");
        List<CriticalMineralList> lists = readLists(read("lists.yaml"), minerals);
        return new ReferenceData(minerals, countries, sources, lists);
    }

    /** @return the source with this id */
    public Source source(String id) {
        return sources.stream()
                .filter(source -> source.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("reference source (" + id + ") is not in sources.yaml."));
    }

    /**
     * Reads a bundled YAML resource.
     *
     * @param name the file name under {@code lodestone/reference/}
     * @return the parsed tree
     */
    public static JsonNode read(String name) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled reference file " + ROOT + name + " is missing.");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unable to read bundled reference file " + ROOT + name, e);
        }
    }

    private static MineralCatalogue readMinerals(JsonNode root) {
        List<Mineral> minerals = new ArrayList<>();
        for (JsonNode node : root.path("minerals")) {
            Set<MineralGroup> groups = EnumSet.noneOf(MineralGroup.class);
            node.path("groups")
                    .forEach(
                            group -> groups.add(MineralGroup.valueOf(text(group).toUpperCase(java.util.Locale.ROOT))));
            List<MineralId> members = new ArrayList<>();
            node.path("members").forEach(member -> members.add(MineralId.of(text(member))));
            Set<String> aliases = new TreeSet<>();
            node.path("aliases").forEach(alias -> aliases.add(text(alias)));
            minerals.add(new Mineral(
                    MineralId.of(required(node, "id", "minerals.yaml")),
                    required(node, "name", "minerals.yaml"),
                    optional(node, "symbol"),
                    groups,
                    members,
                    aliases));
        }
        return MineralCatalogue.of(minerals);
    }

    private static Countries readCountries(JsonNode root) {
        Map<String, String> names = new LinkedHashMap<>();
        root.path("names").properties().forEach(entry -> names.put(entry.getKey(), text(entry.getValue())));
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        root.path("aliases").properties().forEach(entry -> {
            List<String> list = new ArrayList<>();
            entry.getValue().forEach(alias -> list.add(text(alias)));
            aliases.put(entry.getKey(), list);
        });
        return Countries.withAliases(names, aliases);
    }

    /**
     * Reads sources in the shape of {@code sources.yaml}.
     *
     * @param root the parsed YAML with a {@code sources} array
     * @param file the file name, for messages
     * @return the sources
     */
    public static List<Source> readSources(JsonNode root, String file) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode node : root.path("sources")) {
            sources.add(new Source(
                    SourceId.of(required(node, "id", file)),
                    required(node, "publisher", file),
                    required(node, "title", file),
                    optional(node, "url"),
                    optional(node, "doi"),
                    optional(node, "published").map(LocalDate::parse),
                    required(node, "licence", file),
                    required(node, "attribution", file),
                    SourceTier.parse(required(node, "tier", file)),
                    optional(node, "edition").map(Edition::parse)));
        }
        return sources;
    }

    private static List<CriticalMineralList> readLists(JsonNode root, MineralCatalogue minerals) {
        List<CriticalMineralList> lists = new ArrayList<>();
        for (JsonNode node : root.path("lists")) {
            List<CriticalMineralList.Entry> entries = new ArrayList<>();
            for (JsonNode entry : node.path("entries")) {
                if (entry.isTextual()) {
                    Mineral mineral = minerals.require(MineralId.of(entry.asText()));
                    entries.add(new CriticalMineralList.Entry(mineral.name(), List.of(mineral.id()), ""));
                } else {
                    List<MineralId> ids = new ArrayList<>();
                    entry.path("minerals")
                            .forEach(id -> ids.add(
                                    minerals.require(MineralId.of(text(id))).id()));
                    entries.add(new CriticalMineralList.Entry(
                            required(entry, "name", "lists.yaml"),
                            ids,
                            optional(entry, "note").orElse("")));
                }
            }
            lists.add(new CriticalMineralList(
                    required(node, "id", "lists.yaml"),
                    required(node, "name", "lists.yaml"),
                    required(node, "issuer", "lists.yaml"),
                    LocalDate.parse(required(node, "published", "lists.yaml")),
                    SourceId.of(required(node, "source", "lists.yaml")),
                    entries));
        }
        return lists;
    }

    private static String text(JsonNode node) {
        return node.asText();
    }

    private static String required(JsonNode node, String field, String file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalStateException(file + ": field '" + field + "' is missing in " + node);
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }
}
