package lodestone.risk.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;

/**
 * A perspective's dependency on its largest single supplier of a mineral: the input the Lodestone index takes as D.
 *
 * @param perspective who imports: an ISO 3166-1 alpha-2 code, or a bloc such as {@code EU}
 * @param mineral the mineral
 * @param value the share of the perspective's apparent consumption that rests on its largest supplier, directly or
 *     through the feed its other suppliers process (a fraction in [0, 1]); empty when unknown
 * @param basis what the value rests on
 * @param largestSupplier the supplier country behind the value, if any
 * @param inputs the figures the value rests on, each with its source (import reliance, import shares, upstream
 *     shares)
 * @param note how the value was formed, or why it is unknown
 */
public record PerspectiveDependency(
        String perspective,
        MineralId mineral,
        OptionalDouble value,
        DependencyBasis basis,
        Optional<CountryCode> largestSupplier,
        List<Input> inputs,
        String note) {
    public PerspectiveDependency {
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(largestSupplier, "largestSupplier");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(note, "note");
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("dependency (" + value.getAsDouble() + ") of " + perspective + " on "
                    + mineral + " must be within [0, 1].");
        }
        if (basis == DependencyBasis.UNKNOWN && value.isPresent()) {
            throw new IllegalArgumentException("dependency of " + perspective + " on " + mineral
                    + " has a value (" + value.getAsDouble() + ") but an unknown basis.\nMaybe it is measured or"
                    + " proxied by world supply.");
        }
    }

    /** @return a dependency that is unknown, for this reason */
    public static PerspectiveDependency unknown(String perspective, MineralId mineral, String reason) {
        return new PerspectiveDependency(
                perspective,
                mineral,
                OptionalDouble.empty(),
                DependencyBasis.UNKNOWN,
                Optional.empty(),
                List.of(),
                reason);
    }
}
