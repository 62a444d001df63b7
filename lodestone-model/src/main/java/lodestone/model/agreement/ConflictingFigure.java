package lodestone.model.agreement;

import java.util.List;
import lodestone.model.Guards;
import lodestone.model.provenance.SourceId;

/**
 * Figures for one field on which sources disagree, kept side by side.
 *
 * @param field what the figures are of, e.g. "mineral resource"
 * @param values the figures, each with its source
 */
public record ConflictingFigure(String field, List<Value> values) {
    public ConflictingFigure {
        Guards.requireText(field, "field");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("conflicting figures for '" + field + "' need at least two values.");
        }
    }

    /**
     * @param value the figure as the source states it
     * @param source the source
     * @param note context
     */
    public record Value(String value, SourceId source, String note) {
        public Value {
            Guards.requireText(value, "value");
        }
    }
}
