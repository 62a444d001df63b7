package lodestone.model.agreement;

import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.provenance.SourceId;

/**
 * A parameter value that is either sourced or an explicit assumption, always with its rationale.
 *
 * @param value the value
 * @param source the source, when the value is sourced
 * @param assumption true if the value is Lodestone's assumption, not a sourced figure
 * @param rationale why this value (for an assumption) or what the source says (for a sourced value)
 */
public record Estimate(double value, Optional<SourceId> source, boolean assumption, String rationale) {
    public Estimate {
        Guards.requireFinite(value, "estimate value");
        Guards.requireText(rationale, "rationale");
        if (source.isEmpty() && !assumption) {
            throw new IllegalArgumentException(
                    "an estimate (" + value + ") without a source must be marked as an" + " assumption.");
        }
    }

    /** @return a sourced value */
    public static Estimate sourced(double value, SourceId source, String rationale) {
        return new Estimate(value, Optional.of(source), false, rationale);
    }

    /** @return an assumption */
    public static Estimate assumed(double value, String rationale) {
        return new Estimate(value, Optional.empty(), true, rationale);
    }
}
