package lodestone.model.mineral;

import java.util.Objects;
import java.util.regex.Pattern;
import lodestone.model.Identifier;

/**
 * Stable identifier of a mineral commodity or group, such as {@code rare-earths}, {@code dysprosium} or
 * {@code gallium}: lower-case words joined by hyphens.
 *
 * @param value the identifier text
 */
public record MineralId(String value) implements Identifier<MineralId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public MineralId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "mineral id (" + value + ") must be lower-case words joined by hyphens." + "\nMaybe you meant "
                            + value.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".");
        }
    }

    public static MineralId of(String value) {
        return new MineralId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
