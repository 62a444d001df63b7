package lodestone.model.buffer;

import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.Guards;
import lodestone.model.TextId;
import lodestone.model.provenance.SourceId;

/**
 * How much a floor or guarantee covers: tonnes per year of a stated product, or a share of a plant's output.
 *
 * @param value the number: tonnes per year (positive), or a share of output as a fraction in (0, 1]
 * @param measure tonnes per year or share of output
 * @param product what is covered, e.g. "NdFeB magnets from the 10X facility"
 * @param source the source of the figure, if found
 * @param pressOnly true if only the press reports the figure
 */
public record Volume(double value, Measure measure, String product, Optional<SourceId> source, boolean pressOnly) {

    /** The unit of a volume. */
    public enum Measure implements TextId {
        /** Tonnes per year of the stated product. */
        TONNES_PER_YEAR,
        /** A fraction of a plant's output, in (0, 1]. */
        SHARE_OF_OUTPUT;

        /**
         * @param id an identifier written by {@link #id()}, e.g. "tonnes-per-year"
         * @return the measure
         * @throws IllegalArgumentException if the text names no measure
         */
        public static Measure parse(String id) {
            return TextId.parse(Measure.class, id, "volume unit");
        }
    }

    public Volume {
        if (measure == Measure.SHARE_OF_OUTPUT) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("share of output (" + value + ") must be within (0, 1].\n"
                        + "Maybe the source gives percent; write 1.0 for 100 %.");
            }
        } else {
            Guards.requirePositive(value, "volume", "t/yr");
        }
        Guards.requireText(product, "product");
        Guards.requireSourceOrPressOnly(source, pressOnly, "a volume");
    }

    /** @return tonnes per year, if the volume is stated so */
    public OptionalDouble tonnesPerYear() {
        return measure == Measure.TONNES_PER_YEAR ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** @return e.g. "100 % of output (NdFeB magnets)" or "1000 t/yr (NdPr oxide)" */
    public String label() {
        String text = measure == Measure.SHARE_OF_OUTPUT
                ? Math.round(value * 1000) / 10.0 + " % of output"
                : Labels.number(value) + " t/yr";
        return text + " (" + product + ")" + (pressOnly ? " [press only]" : "");
    }
}
