package lodestone.app.server;

import io.javalin.http.Handler;
import java.util.List;
import lodestone.app.resource.Resource;

/**
 * One API route: what it is for, its parameters, whether it writes, its examples, and its handler. The server
 * registers handlers and generates the OpenAPI document from the same list, so the two cannot drift apart; the
 * examples are the contract test's cases (each GET answers the same document as its command line with
 * {@code --format json}).
 *
 * @param method GET or POST
 * @param path the Javalin path, e.g. {@code /api/v1/minerals/{mineral}}
 * @param summary what it returns
 * @param parameters path and query parameters
 * @param write true if it changes the store (requires the bearer token)
 * @param examples requests with the command lines giving the same documents; none for jobs and writes
 * @param handler the handler
 */
public record Endpoint(
        String method,
        String path,
        String summary,
        List<Parameter> parameters,
        boolean write,
        List<Resource.Example> examples,
        Handler handler) {
    public Endpoint {
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
    }

    /**
     * @param name name
     * @param in "path" or "query"
     * @param required true if required
     * @param description what it means and its form
     * @param allowed the values it may take, or empty for any
     */
    public record Parameter(String name, String in, boolean required, String description, List<String> allowed) {
        public Parameter {
            allowed = List.copyOf(allowed);
        }

        static Parameter path(String name, String description) {
            return path(name, description, List.of());
        }

        static Parameter path(String name, String description, List<String> allowed) {
            return new Parameter(name, "path", true, description, allowed);
        }
    }
}
