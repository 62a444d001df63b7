package lodestone.report.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lookup keys for names as people type them: case, accents, hyphens, punctuation and spacing do not count
 * ("Rare-Earths", "rare  earths" and "RARE EARTHS" share the key {@code rare earths}), and the last word may be
 * singular or plural.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A last word shorter than this is never made singular ("gas" stays "gas"). */
    private static final int MIN_STEM = 4;

    private NameKey() {}

    /**
     * @param text a name as typed
     * @return its words: Unicode NFKD without combining marks, lower case, "&amp;" read as "and", every run of
     *     characters other than letters and digits one space, trimmed ({@code "Côte d'Ivoire"} gives {@code "cote d
     *     ivoire"})
     */
    public static String words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        return SEPARATORS.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * @param words a key from {@link #words(String)}
     * @return the same without spaces ({@code "rareearths"}), so that "RareEarths" and "rare earths" meet
     */
    public static String compact(String words) {
        return words.replace(" ", "");
    }

    /**
     * The other grammatical number of the last word, by the regular English endings: "earth" gives "earths" and
     * "earthes", "metals" gives "metal", "batteries" gives "battery". Irregular plurals are not guessed; a name that
     * needs one is an alias.
     *
     * @param words a key from {@link #words(String)}
     * @return the variants, none equal to {@code words}; empty for a blank key
     */
    public static List<String> numberVariants(String words) {
        if (words.isEmpty()) {
            return List.of();
        }
        int space = words.lastIndexOf(' ');
        String head = words.substring(0, space + 1);
        String last = words.substring(space + 1);
        List<String> variants = new ArrayList<>();
        if (last.endsWith("s") && !last.endsWith("ss")) {
            if (last.length() > MIN_STEM && last.endsWith("ies")) {
                variants.add(head + last.substring(0, last.length() - 3) + "y");
            }
            if (last.length() > MIN_STEM && last.endsWith("es")) {
                variants.add(head + last.substring(0, last.length() - 2));
            }
            if (last.length() >= MIN_STEM) {
                variants.add(head + last.substring(0, last.length() - 1));
            }
        } else {
            variants.add(head + last + "s");
            variants.add(head + last + "es");
            if (last.endsWith("y") && last.length() >= MIN_STEM) {
                variants.add(head + last.substring(0, last.length() - 1) + "ies");
            }
        }
        return List.copyOf(variants);
    }
}
