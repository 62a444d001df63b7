package lodestone.app.resource;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import lodestone.report.Query;

/**
 * One question both faces ask: {@code lodestone COMMAND ...} and {@code GET PATH}, answered by the same report-layer
 * query.
 *
 * @param command the command name
 * @param description what it answers, for the command's help and the API's summary
 * @param paths the API paths, one per arrangement of the positional arguments (a path lacks the optional ones it does
 *     not name)
 * @param params the parameters
 * @param examples requests with the command lines that print the same JSON, at least one per path
 * @param query the query the given values make
 * @param uncachedBy the parameters whose values make an answer not worth caching (free dates and years)
 */
public record Resource(
        String command,
        String description,
        List<String> paths,
        List<Param> params,
        List<Example> examples,
        Function<Arguments, Query<?>> query,
        Set<String> uncachedBy) {
    public Resource {
        paths = List.copyOf(paths);
        params = List.copyOf(params);
        examples = List.copyOf(examples);
        uncachedBy = Set.copyOf(uncachedBy);
    }

    /**
     * @param request the request path with its query, e.g. {@code /api/v1/minerals/rare-earths}
     * @param cli the {@code lodestone} arguments that print the same JSON document with {@code --format json}
     */
    public record Example(String request, List<String> cli) {
        public Example {
            cli = List.copyOf(cli);
        }
    }

    /** @return the examples whose requests are on this path, at least one */
    public List<Example> examples(String path) {
        String prefix = path.replaceAll("\\{.*", "");
        boolean segment = path.contains("{");
        List<Example> on = examples.stream()
                .filter(e -> e.request().startsWith(prefix)
                        && e.request()
                                        .substring(prefix.length())
                                        .replaceAll("\\?.*", "")
                                        .isEmpty()
                                != segment)
                .toList();
        if (on.isEmpty()) {
            throw new IllegalStateException(command + " has no example for " + path + ".");
        }
        return on;
    }
}
