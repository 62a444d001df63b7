package lodestone.app.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import lodestone.screen.run.ResultLayout;

/**
 * Where the dashboard reads screen results: the folder given with {@code --screens-dir}, and nothing outside it. A
 * screen is named by its results directory's name, one path segment; {@code ..}, separators, absolute paths and
 * symbolic links that lead out of the folder are refused, as the imports' data root refuses them ({@link DataRoot}).
 */
final class ScreenRoot {
    /** One path segment: letters, digits, dots, hyphens and underscores, not starting with a dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private ScreenRoot() {}

    /**
     * @param root the screens folder, if configured
     * @param name a results directory's name
     * @return the results directory, inside the folder, with a manifest
     * @throws ApiException 400 {@code bad-parameter} if the name is not one plain path segment, 404 {@code not-found}
     *     if no screens folder is configured, or no results directory of that name is inside it
     */
    static Path resolve(Optional<Path> root, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ApiException(
                    ErrorCode.BAD_PARAMETER,
                    "name must be a results directory's name: letters, digits, '.', '-' and '_', without '/' or"
                            + " a leading '.'",
                    "name");
        }
        if (root.isEmpty()) {
            throw new ApiException(
                    ErrorCode.NOT_FOUND, "this server shows no screens: start it with --screens-dir DIR", "name");
        }
        try {
            Path realRoot = root.get().toRealPath();
            Path real = realRoot.resolve(name).toRealPath();
            if (real.startsWith(realRoot)
                    && !real.equals(realRoot)
                    && Files.isRegularFile(real.resolve(ResultLayout.MANIFEST))) {
                return real;
            }
        } catch (IOException e) {
            // not there: answered below like a folder outside the root, so that neither is told apart
        }
        throw new ApiException(
                ErrorCode.NOT_FOUND, "no screen results named " + name + " in this server's screens folder", "name");
    }

    /**
     * @param root the screens folder, if configured
     * @return the folder itself, resolved, if configured and present
     */
    static Optional<Path> folder(Optional<Path> root) {
        return root.filter(Files::isDirectory);
    }
}
