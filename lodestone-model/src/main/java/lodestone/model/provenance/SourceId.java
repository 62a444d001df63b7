package lodestone.model.provenance;

import java.util.Objects;
import java.util.regex.Pattern;
import lodestone.model.Identifier;

/**
 * Stable identifier of a source, such as {@code usgs-mcs-2025-data}: lower-case words joined by hyphens.
 *
 * @param value the identifier text
 */
public record SourceId(String value) implements Identifier<SourceId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SourceId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("source id (" + value + ") must be lower-case words joined by hyphens.");
        }
    }

    public static SourceId of(String value) {
        return new SourceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
