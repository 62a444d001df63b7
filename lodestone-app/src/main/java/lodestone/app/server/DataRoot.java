package lodestone.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.store.importing.Problem;

/**
 * Where API imports may read: a folder given with {@code --data-root}, and nothing outside it (symbolic links and
 * {@code ..} resolved first). Import problems go back to the client without the values read from the files.
 */
final class DataRoot {
    private DataRoot() {}

    /**
     * @param root the data root, if configured
     * @param given the path in the request, relative to the root or absolute
     * @return the folder, inside the root
     * @throws ApiException 403 if imports are disabled or the path leaves the root, 400 if it is not a folder
     */
    static Path resolve(Optional<Path> root, String given) {
        if (root.isEmpty()) {
            throw new ApiException(
                    ErrorCode.IMPORT_DISABLED,
                    "imports through the API are disabled: this server has no data root (--data-root DIR)",
                    "path");
        }
        Path folder;
        Path realRoot;
        try {
            realRoot = root.get().toRealPath();
            folder = realRoot.resolve(given).normalize();
        } catch (InvalidPathException | IOException e) {
            throw new ApiException(ErrorCode.BAD_JSON, "path must name a folder under the data root", "path");
        }
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_JSON, "path is not a folder under the data root", "path");
        }
        if (!real.startsWith(realRoot)) {
            throw new ApiException(
                    ErrorCode.IMPORT_OUTSIDE_ROOT,
                    "path leads outside the data root; only folders under it are read",
                    "path");
        }
        if (!Files.isDirectory(real)) {
            throw new ApiException(ErrorCode.BAD_JSON, "path is not a folder under the data root", "path");
        }
        return real;
    }

    /**
     * @param problems import problems
     * @return where each is (severity, file name, line, field), without its message: messages quote what the files
     *     hold (a header, a value) and where the server keeps them, which a client must not learn
     */
    static List<Map<String, Object>> withoutContent(List<Problem> problems) {
        return problems.stream()
                .map(p -> Map.<String, Object>of(
                        "severity",
                        p.severity().name().toLowerCase(java.util.Locale.ROOT),
                        "file",
                        fileName(p.file()),
                        "line",
                        p.line(),
                        "field",
                        p.field()))
                .toList();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
