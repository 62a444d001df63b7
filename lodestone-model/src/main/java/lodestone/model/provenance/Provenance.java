package lodestone.model.provenance;

import java.util.Objects;
import lodestone.model.Guards;

/**
 * Where exactly a number comes from.
 *
 * @param source the source
 * @param locator the place inside the source: file and line, table, page or column, e.g.
 *     {@code world_data/MCS2025_World_Data.csv:1093 PROD_EST_ 2024}
 * @param method how the number was obtained
 */
public record Provenance(SourceId source, String locator, Method method) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Guards.requireText(locator, "locator");
        Objects.requireNonNull(method, "method");
    }
}
