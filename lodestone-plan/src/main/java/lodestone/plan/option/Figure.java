package lodestone.plan.option;

import java.util.Objects;
import java.util.Optional;
import lodestone.model.Guards;

/**
 * One input figure of an option, either sourced or an explicit assumption, always with its reason.
 *
 * @param value the value, in the unit its field names
 * @param source where it comes from: a URL, or a knowledge-base record such as {@code project arafura-nolans};
 *     empty for an assumption
 * @param assumed true if Lodestone assumes the value rather than taking it from a source
 * @param basis what the source says, or why the assumption
 */
public record Figure(double value, Optional<String> source, boolean assumed, String basis) {
    public Figure {
        Guards.requireFinite(value, "figure value");
        Objects.requireNonNull(source, "source");
        Guards.requireText(basis, "basis of the figure " + value);
        if (source.isEmpty() && !assumed) {
            throw new IllegalArgumentException("a figure (" + value + ") without a source must be marked assumed."
                    + "\nMaybe add `assumed: true` and say why in its basis.");
        }
    }

    /** @return a sourced figure */
    public static Figure sourced(double value, String source, String basis) {
        return new Figure(value, Optional.of(Guards.requireText(source, "source")), false, basis);
    }

    /** @return an assumed figure */
    public static Figure assumed(double value, String basis) {
        return new Figure(value, Optional.empty(), true, basis);
    }

    /** @return a copy with another value and the same provenance (a value derived from this one) */
    public Figure derived(double other, String how) {
        return new Figure(other, source, assumed, basis + " [" + how + "]");
    }

    /** @return "sourced" or "assumed" */
    public String provenance() {
        return assumed ? "assumed" : "sourced";
    }
}
