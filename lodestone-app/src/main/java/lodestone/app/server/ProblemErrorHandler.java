package lodestone.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a malformed request line or header, 400; a URI too long, 414; headers too large, 431;
 * anything Jetty refuses before the application sees the request) as problem documents with the security headers,
 * never Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object attribute = request.getAttribute(ERROR_STATUS);
        if (attribute instanceof Integer code) {
            status = code;
        }
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers(headers);
        headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(body(status, request.getHttpURI().getPath())), callback);
        return true;
    }

    private static void headers(HttpFields.Mutable headers) {
        headers.put(new HttpField("Content-Security-Policy", LodestoneServer.CONTENT_SECURITY_POLICY));
        headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
        headers.put(new HttpField("X-Frame-Options", "DENY"));
        headers.put(new HttpField("Referrer-Policy", "no-referrer"));
        headers.put(new HttpField("Cross-Origin-Resource-Policy", "same-origin"));
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /**
     * @param status the HTTP status
     * @param path the request path, if known
     * @return the problem document, built without echoing any of the request
     */
    static byte[] body(int status, String path) {
        ErrorCode code = switch (status) {
            case 413 -> ErrorCode.BODY_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 500 -> ErrorCode.INTERNAL;
            default -> ErrorCode.BAD_REQUEST;
        };
        String instance = path == null || path.length() > 200 || !path.matches("[A-Za-z0-9/._~-]*") ? "" : path;
        String json = "{\"type\":\"/api/v1/problems#" + code.id() + "\",\"title\":" + quote(code.description())
                + ",\"status\":" + status + ",\"detail\":" + quote(code.description()) + ",\"instance\":"
                + quote(instance) + ",\"code\":\"" + code.id() + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
