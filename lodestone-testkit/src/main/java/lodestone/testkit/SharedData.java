package lodestone.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the official datasets in {@code ../shared/data} beside the project checkout. Tests that need them call
 * {@link #root()}: outside a checkout with {@code ../shared} they are skipped with a message, but under CI
 * ({@code CI} set) a missing {@code ../shared} fails the test, because CI always has it.
 */
public final class SharedData {
    private SharedData() {}

    /** @return the {@code shared} folder, if found by walking up from the working directory */
    public static Optional<Path> find() {
        String override = System.getenv("LODESTONE_SHARED");
        if (override != null && Files.isDirectory(Path.of(override, "data"))) {
            return Optional.of(Path.of(override));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("data").resolve("usgs-mcs-2025"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * @return the {@code shared} folder
     * @throws org.opentest4j.TestAbortedException (skips the test) when it is absent outside CI
     * @throws IllegalStateException when it is absent under CI
     */
    public static Path root() {
        Optional<Path> root = find();
        if (root.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException("../shared is missing, but CI must provide it (the official datasets).");
        }
        Assumptions.assumeTrue(
                root.isPresent(),
                "skipped: ../shared (the official datasets) is not beside this checkout; set LODESTONE_SHARED to use it");
        return root.get();
    }

    /** @return {@code shared/data/usgs-mcs-2025} */
    public static Path usgsMcs2025() {
        return root().resolve("data/usgs-mcs-2025");
    }

    /** @return {@code shared/data/usgs-mcs-2026} */
    public static Path usgsMcs2026() {
        return root().resolve("data/usgs-mcs-2026");
    }

    /** @return {@code shared/data/eu-crm-2023} */
    public static Path euCrm2023() {
        return root().resolve("data/eu-crm-2023");
    }

    /** @return {@code shared/seeds} */
    public static Path seeds() {
        return root().resolve("seeds");
    }
}
