package lodestone.store.importing;

import java.util.Objects;

/**
 * One problem found while reading a file.
 *
 * @param severity error (rejects the dataset) or warning
 * @param file the file, relative to the dataset root
 * @param line the 1-based line number, or 0 when the problem concerns the whole file
 * @param field the column or field name, or "" when none applies
 * @param value the offending value as written
 * @param message what is wrong and, where possible, what would be right
 */
public record Problem(Severity severity, String file, long line, String field, String value, String message) {
    public Problem {
        // The value is the text of the data; a reader may pass on a library's null for an absent cell.
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(": ")
                .append(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (!field.isEmpty()) {
            text.append(" field ").append(field);
        }
        if (!value.isEmpty()) {
            text.append(" value \"").append(value).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
