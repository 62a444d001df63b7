package lodestone.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the OpenAPI 3 document from the route table. */
final class OpenApi {
    private OpenApi() {}

    static Map<String, Object> document(List<Endpoint> endpoints) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("openapi", "3.0.3");
        root.put(
                "info",
                Map.of(
                        "title", "Lodestone API",
                        "version", "v1",
                        "description",
                                "Critical-mineral supply-chain intelligence: supply shares by stage, concentration,"
                                        + " U.S. dependency, trade measures with derived status, agreements with concreteness scores"
                                        + " and delivery outlooks. Every number carries its source. Errors are RFC 9457 problem"
                                        + " details (application/problem+json) with a stable 'code'."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("summary", endpoint.summary());
            operation.put("operationId", operationId(endpoint));
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (Endpoint.Parameter parameter : endpoint.parameters()) {
                parameters.add(Map.of(
                        "name",
                        parameter.name(),
                        "in",
                        parameter.in(),
                        "required",
                        parameter.required(),
                        "description",
                        parameter.description(),
                        "schema",
                        parameter.allowed().isEmpty()
                                ? Map.of("type", "string")
                                : Map.of("type", "string", "enum", parameter.allowed())));
            }
            if (!parameters.isEmpty()) {
                operation.put("parameters", parameters);
            }
            if (endpoint.method().equals("POST")) {
                operation.put(
                        "requestBody",
                        Map.of(
                                "required",
                                true,
                                "content",
                                Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
            }
            if (endpoint.write()) {
                operation.put("security", List.of(Map.of("bearer", List.of())));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put(
                    "200",
                    Map.of(
                            "description",
                            "OK",
                            "content",
                            Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
            responses.put(
                    "default",
                    Map.of(
                            "description",
                            "A problem document",
                            "content",
                            Map.of(
                                    "application/problem+json",
                                    Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
            operation.put("responses", responses);
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>) paths.computeIfAbsent(endpoint.path(), p -> new LinkedHashMap<>());
            item.put(endpoint.method().toLowerCase(Locale.ROOT), operation);
        }
        root.put("paths", paths);
        Map<String, Object> codes = new LinkedHashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.put(code.id(), code.status() + ": " + code.description());
        }
        root.put(
                "components",
                Map.of(
                        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
                        "schemas",
                                Map.of(
                                        "Problem",
                                        Map.of(
                                                "type",
                                                "object",
                                                "description",
                                                "RFC 9457 problem details. Codes: " + codes,
                                                "properties",
                                                Map.of(
                                                        "type", Map.of("type", "string"),
                                                        "title", Map.of("type", "string"),
                                                        "status", Map.of("type", "integer"),
                                                        "detail", Map.of("type", "string"),
                                                        "instance", Map.of("type", "string"),
                                                        "code",
                                                                Map.of(
                                                                        "type",
                                                                        "string",
                                                                        "enum",
                                                                        new ArrayList<>(codes.keySet())),
                                                        "field", Map.of("type", "string"))))));
        return root;
    }

    private static String operationId(Endpoint endpoint) {
        StringBuilder id = new StringBuilder(endpoint.method().toLowerCase(Locale.ROOT));
        for (String part : endpoint.path().replace("/api/v1/", "").split("[/{}-]+", -1)) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
