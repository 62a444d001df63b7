package lodestone.news.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The generic mineral read from a name (round 34b). An act about one project or company whose only mineral is {@code
 * critical minerals} often took it from a capitalised name: a law's ("selected it as a strategic project under the
 * Critical Raw Materials Act"), a programme's ("a loan for the mine under its Critical Minerals Facility"), a project's
 * ("the Elk Creek Critical Minerals Project") or a company's ("Firering Strategic Minerals"). The name says under which
 * law, from which programme or by whom, not what the project digs: the labels name the project's mineral. Such an event
 * takes the project's mineral beside the generic one (critical minerals include each mineral, so an act about critical
 * minerals in general keeps its reading), read where the deal rule reads a company's: a mineral in its company's name,
 * the nearest sentence that names its company, else the story's main mineral.
 *
 * <p>The reading runs after the candidate filter and coreference, so no trained stage and no merge sees it. The act must
 * name a company (not a state, a state body or an international body such as the G7) or a project, mine, deposit or
 * plant; a programme of states ("the G7's Critical Minerals Action Plan") keeps the generic mineral alone. The variant
 * that replaces the generic mineral instead of adding beside it ({@link Mode#REPLACE}) was measured and not shipped
 * (docs/methods/news.md, round 34b).
 *
 * <p>The test reads the words right before and after each mention, so the work per event is bounded.
 */
final class NamedGeneric {
    private NamedGeneric() {}

    /** Whether the reading is off, adds the project's mineral beside the generic one, or replaces it. */
    enum Mode {
        OFF,
        ADD,
        REPLACE
    }

    /** The generic mineral's key in the mineral list. */
    static final String GENERIC = "critical minerals";

    /** A capitalised word standing right after a mention ("... Act", "... Facility", "... Project"). */
    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}[\\p{L}\\d-]*");

    /** A capitalised word standing right before a mention, not after a sentence's end ("Firering ..."). */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![.!?:]\\s)\\b\\p{Lu}[\\p{L}\\d-]*['’]?s?\\s+$");

    /** How many characters either side of a mention are read. */
    private static final int REACH = 40;

    /**
     * @param text the article's text
     * @param generic the mentions of the generic mineral in the event's sentence
     * @return whether there is at least one and every one stands inside a capitalised name: each word of its surface
     *     capitalised, and a capitalised word right before or after it
     */
    static boolean onlyInNames(String text, List<Mention> generic) {
        if (generic.isEmpty()) {
            return false;
        }
        for (Mention m : generic) {
            if (!capitalised(m.surface())) {
                return false;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + REACH));
            String before = text.substring(Math.max(0, m.start() - REACH), m.start());
            if (!NAME_AFTER.matcher(after).lookingAt()
                    && !NAME_BEFORE.matcher(before).find()) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every word of a surface starts with a capital ("Critical Raw Materials") */
    private static boolean capitalised(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            boolean wordStart = i == 0 || Character.isWhitespace(surface.charAt(i - 1));
            if (wordStart && !Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return !surface.isEmpty();
    }
}
