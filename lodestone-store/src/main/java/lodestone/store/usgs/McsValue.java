package lodestone.store.usgs;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import lodestone.model.observation.Flag;
import lodestone.store.importing.CellValue;

/**
 * A {@code Value} cell of the MCS 2026 long table, which is text. Besides what {@link CellValue} reads (numbers with
 * thousands separators, {@code >95}, {@code <100,000}, {@code W}, {@code E}, {@code NA}, ranges such as {@code 330 -
 * 390} and {@code 500–16,000}), it reads {@code —} (an em dash: zero), {@code XX} (not applicable: no value),
 * {@code s} (less than half the unit: 0.5 with a less-than flag, as "Less than ½ unit" in MCS 2025) and words ("Large",
 * "Moderate to large", "Variable, depending on type of product": qualitative, no value). A trailing no-break space is
 * ignored. Anything else, such as {@code ?1} (a minus sign lost in the Windows-1252 export), is not read.
 */
final class McsValue {
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z ,;.'()-]*");

    private McsValue() {}

    /**
     * @param raw the cell as written
     * @return the value, or empty when the text is none of the known forms
     */
    static Optional<CellValue> parse(String raw) {
        String text = raw.replace('\u00a0', ' ').trim();
        if (text.equals("—") || text.equals("--")) {
            return Optional.of(new CellValue(OptionalDouble.of(0), Set.of(), false));
        }
        if (text.equals("XX")) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(), false));
        }
        if (text.equals("s")) {
            return Optional.of(new CellValue(OptionalDouble.of(0.5), Set.of(Flag.LESS_THAN), false));
        }
        Optional<CellValue> cell = CellValue.parse(text);
        if (cell.isPresent()) {
            return cell;
        }
        if (WORDS.matcher(text).matches()) {
            return Optional.of(new CellValue(OptionalDouble.empty(), Set.of(Flag.QUALITATIVE), false));
        }
        return Optional.empty();
    }
}
