package lodestone.sim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads fields of a YAML/JSON tree and collects every problem, each naming the field's path, its value and the rule,
 * instead of stopping at the first. Shared by the scenario and episode readers; {@link #tree} is the one parse step of
 * every YAML/JSON spec reader (scenarios, episodes, the planner's option catalogues, screens).
 */
public final class FieldReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<String> problems = new ArrayList<>();

    /**
     * Parses a spec's text (YAML, or JSON read as YAML) into a tree.
     *
     * @param text the text
     * @param origin the file name or id, for the message
     * @param failure the reader's exception, built from the origin and its one problem
     * @param <X> the reader's exception type
     * @return the tree; for a text with no document (empty, or comments only) {@code null} or a node that is no
     *     mapping, which every reader refuses with its own message
     * @throws X if the text is not YAML: "cannot parse at line N: ..." (the line where the parser knows it)
     */
    public static <X extends RuntimeException> JsonNode tree(
            String text, String origin, BiFunction<String, List<String>, X> failure) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw failure.apply(origin, List.of("cannot parse" + where + ": " + e.getOriginalMessage()));
        }
    }

    /** @return the problems found so far, in order */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * @param node the mapping
     * @param field the field name
     * @param path the mapping's path ("" at the root)
     * @param or the value if the field is missing
     * @param lo smallest allowed value
     * @param hi largest allowed value
     * @param req whether the field is required
     * @return the number, or {@code or} (with a problem recorded) if missing, not a number or out of range
     */
    public double number(JsonNode node, String field, String path, double or, double lo, double hi, boolean req) {
        String at = path.isEmpty() ? field : path + "." + field;
        JsonNode value = node.get(field);
        if (value == null) {
            if (req) {
                problem(at, null, "is required");
            }
            return or;
        }
        if (!value.isNumber()) {
            problem(at, value, "must be a number within [" + lo + ", " + hi + "]");
            return or;
        }
        double v = value.asDouble();
        if (!(v >= lo && v <= hi)) {
            problem(at, value, "must be within [" + lo + ", " + hi + "]");
            return or;
        }
        return v;
    }

    /**
     * @param node the mapping
     * @param field the field name
     * @param path the mapping's path
     * @param required whether a missing field is a problem
     * @return the text, or null if missing
     */
    public @Nullable String text(JsonNode node, String field, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(path.isEmpty() ? field : path + "." + field, null, "is required");
            }
            return null;
        }
        return value.asText();
    }

    /**
     * Reads a list item by item, keeping the items read and dropping those that were refused.
     *
     * @param list the list (nothing is read if it is missing)
     * @param path its path; item {@code i} is read at {@code path[i]}
     * @param item reads one item at its path: the value, or null after recording a problem
     * @param <T> the items' type
     * @return the items read, in order
     */
    public <T> List<T> list(@Nullable JsonNode list, String path, BiFunction<JsonNode, String, @Nullable T> item) {
        List<T> out = new ArrayList<>();
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                T read = item.apply(list.get(i), path + "[" + i + "]");
                if (read != null) {
                    out.add(read);
                }
            }
        }
        return out;
    }

    /**
     * Records every field of {@code node} not in {@code fields}, so that a misspelt field is never ignored.
     *
     * @param node the mapping (ignored if not a mapping)
     * @param path its path
     * @param fields the allowed names
     */
    public void known(JsonNode node, String path, Set<String> fields) {
        if (node == null || !node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                problem(
                        path.isEmpty() ? name : path + "." + name,
                        node.get(name),
                        "is not a known field; allowed: " + String.join(", ", new TreeSet<>(fields)));
            }
        });
    }

    /**
     * @param field the field's path
     * @param value its value (a JSON node, any object, or null for missing)
     * @param rule what is allowed
     */
    public void problem(String field, @Nullable Object value, String rule) {
        String shown = value == null ? "missing" : value instanceof JsonNode n ? n.toString() : value.toString();
        problems.add(field + " (" + shown + ") " + rule + ".");
    }

    /**
     * @param prefix the path of the part read by another reader
     * @param more that reader's problems, recorded as "prefix: problem"
     */
    public void addAll(String prefix, List<String> more) {
        more.forEach(problem -> problems.add(prefix + ": " + problem));
    }
}
