/**
 * {@code lodestone serve}: the REST API under {@code /api/v1} (described by an OpenAPI document generated from the
 * same route table that registers the handlers; the read routes come from {@link lodestone.app.resource.Resources})
 * and the server-rendered dashboard (jte templates, ECharts from a WebJar, no inline scripts). Handlers and pages ask
 * the report layer and render its records; they compute nothing. Errors are RFC 9457 problem details with a stable
 * {@link lodestone.app.server.ErrorCode}.
 */
@NullMarked
package lodestone.app.server;

import org.jspecify.annotations.NullMarked;
