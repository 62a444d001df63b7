package lodestone.model.buffer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.model.Guards;
import lodestone.model.TextId;
import lodestone.model.provenance.SourceId;

/**
 * What a stockpile aims to hold: a number of days of its beneficiaries' supply, or a mass in tonnes. A target, not
 * holdings: no source on record says how much any reserve actually holds unless the note says so.
 *
 * @param value the number, positive: days of supply, or tonnes
 * @param measure days of supply or tonnes
 * @param basis what the tonnes or days are of, e.g. "consumption of participating manufacturers" or "t contained"
 * @param by the date by which the target is to be reached, if stated
 * @param source the source of the figure, if one was found (a press-only figure may have none)
 * @param pressOnly true if only the press reports the figure (no official text found)
 * @param note context
 */
public record StockTarget(
        double value,
        Measure measure,
        String basis,
        Optional<LocalDate> by,
        Optional<SourceId> source,
        boolean pressOnly,
        String note) {

    /** The unit of a target. */
    public enum Measure implements TextId {
        /** Days of the beneficiaries' consumption (supply), at the consumption rate the source assumes. */
        DAYS_OF_SUPPLY,
        /** Tonnes, on the basis stated. */
        TONNES;

        /**
         * @param id an identifier written by {@link #id()}, e.g. "days-of-supply"
         * @return the measure
         * @throws IllegalArgumentException if the text names no measure
         */
        public static Measure parse(String id) {
            return TextId.parse(Measure.class, id, "target unit");
        }
    }

    public StockTarget {
        Guards.requirePositive(value, "target");
        Guards.requireText(basis, "basis of the target");
        Guards.requireSourceOrPressOnly(source, pressOnly, "a target of " + value + " " + measure.id());
    }

    /** @return the target in days of supply, if it is stated in days */
    public OptionalDouble daysOfSupply() {
        return measure == Measure.DAYS_OF_SUPPLY ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** @return the target in tonnes, if it is stated in tonnes */
    public OptionalDouble tonnes() {
        return measure == Measure.TONNES ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** @return e.g. "60 days of supply (press only)" */
    public String label() {
        return Labels.number(value) + (measure == Measure.DAYS_OF_SUPPLY ? " days of supply" : " t") + " (" + basis
                + ")" + by.map(d -> " by " + d).orElse("") + (pressOnly ? " [press only]" : "");
    }
}
