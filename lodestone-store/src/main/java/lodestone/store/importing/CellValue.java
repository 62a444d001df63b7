package lodestone.store.importing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.model.observation.Flag;

/**
 * A number cell as the official tables write it: {@code 270000}, {@code 1,270,000}, {@code >90000000}, {@code <0.1%},
 * {@code 84.4%}, {@code W} (withheld), {@code E} (net exporter), {@code NA} or blank (not available), or a range such as
 * {@code 500–15,000}.
 *
 * @param value the number, in the cell's own unit (a percent cell gives percent points); empty when there is none
 * @param flags what the cell itself says (withheld, greater-than, ...)
 * @param percent true if the cell carried a percent sign
 */
public record CellValue(OptionalDouble value, Set<Flag> flags, boolean percent) {
    private static final Pattern NUMBER =
            Pattern.compile("([<>])?\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?|-?\\.[0-9]+)\\s*(%)?");
    private static final Pattern RANGE =
            Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?\\s*[–-]\\s*[0-9][0-9,]*(?:\\.[0-9]+)?\\s*%?");

    public CellValue {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** @return true if the cell holds nothing usable and no flag (blank, NA) */
    public boolean isAbsent() {
        return value.isEmpty() && flags.isEmpty();
    }

    /**
     * Parses a cell.
     *
     * @param raw the cell text
     * @return the parsed value, or empty if the text is not a number cell in any of the known forms
     */
    public static Optional<CellValue> parse(String raw) {
        String text = raw.replace('\u00a0', ' ').replace('\u2212', '-').trim();
        if (text.isEmpty() || text.equalsIgnoreCase("NA") || text.equals("--") || text.equals("—")) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(), false));
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("less than ½ unit") || lower.startsWith("less than 1/2 unit")) {
            return Optional.of(new CellValue(OptionalDouble.of(0.5), Set.of(Flag.LESS_THAN), false));
        }
        if (lower.equals("small") || lower.equals("large") || lower.equals("moderate") || lower.equals("very small")) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(Flag.QUALITATIVE), false));
        }
        if (text.equals("W")) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(Flag.WITHHELD), false));
        }
        if (text.equals("E")) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(Flag.NET_EXPORTER), false));
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            String digits = number.group(2).replace(",", "");
            if (number.group(2).contains(",") && !number.group(2).matches("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
                return Optional.empty();
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (">".equals(number.group(1))) {
                flags.add(Flag.GREATER_THAN);
            } else if ("<".equals(number.group(1))) {
                flags.add(Flag.LESS_THAN);
            }
            return Optional.of(
                    new CellValue(OptionalDouble.of(Double.parseDouble(digits)), flags, number.group(3) != null));
        }
        if (RANGE.matcher(text).matches()) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(Flag.RANGE), text.endsWith("%")));
        }
        return Optional.empty();
    }
}
