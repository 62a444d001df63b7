package lodestone.plan.option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The option catalogues shipped with Lodestone, in {@code lodestone/plan/options/<mineral>-<perspective>.yaml} on the
 * classpath.
 */
public final class Catalogues {
    /** The shipped catalogues, as {@code <mineral>-<perspective>} in lower case. */
    public static final List<String> IDS = List.of("dysprosium-us");

    private Catalogues() {}

    /**
     * @param mineral a mineral id such as {@code dysprosium}
     * @param perspective an ISO 3166-1 alpha-2 code such as {@code US}
     * @return the catalogue's text, if one is shipped for this pair
     */
    public static Optional<String> text(String mineral, String perspective) {
        String id = mineral + "-" + perspective.toLowerCase(Locale.ROOT);
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = Catalogues.class.getResourceAsStream("/lodestone/plan/options/" + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the shipped option catalogue " + id + " is missing from the jar.");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped option catalogue " + id, e);
        }
    }
}
