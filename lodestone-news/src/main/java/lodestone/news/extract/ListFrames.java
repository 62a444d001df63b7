package lodestone.news.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list update read from the structure an official list takes in any article (round 20b), not from the list's name:
 * a count of minerals that an instrument lists, names, identifies, designates or publishes ("the decree lists 47
 * critical mineral commodities", "found 34 minerals to be critical", "will designate 17 critical minerals", "drew up a
 * list of 30 critical minerals", "the 34 critical raw materials the Commission listed", "all 17 rare earth elements
 * would be designated national critical minerals"), in a sentence that says the minerals are critical or strategic;
 * or a list that is expanded ("expanded Ukraine's list of minerals of national importance"). A count is of minerals,
 * materials, commodities, elements or metals, not of projects, companies or deals told by the count ("34 critical
 * minerals projects"); what a list includes or covers describes it and changes nothing. The wordings are in {@code
 * vocabulary.tsv} (entries {@code list-*}).
 */
final class ListFrames {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** A count of minerals: "47 critical mineral commodities", "34 minerals", "17 rare earth elements". */
    static final Pattern COUNT = VOCABULARY.pattern("list-count");
    /** A verb that makes or publishes a list, or a list's noun, near the count: "lists", "identified", "a list of". */
    private static final Pattern LISTING = VOCABULARY.pattern("list-listing");
    /** The minerals are critical or strategic: the count says so, or the sentence does. */
    private static final Pattern CRITICAL = VOCABULARY.pattern("list-critical");
    /** A list expanded: "expanded Ukraine's list of minerals". */
    private static final Pattern EXPANDED = VOCABULARY.pattern("list-expanded");

    /** How far before and after the count its listing verb may stand, in characters. */
    private static final int REACH = 70;

    private ListFrames() {}

    /**
     * @param s a sentence
     * @return the span of the sentence's list update (a count an instrument lists, or a list expanded), if any
     */
    static Optional<int[]> find(String s) {
        if (!CRITICAL.matcher(s).find()) {
            return Optional.empty();
        }
        Matcher count = COUNT.matcher(s);
        while (count.find()) {
            String around = s.substring(Math.max(0, count.start() - REACH), Math.min(s.length(), count.end() + REACH));
            if (LISTING.matcher(around).find()) {
                return Optional.of(new int[] {count.start(), count.end()});
            }
        }
        Matcher expanded = EXPANDED.matcher(s);
        if (expanded.find()) {
            return Optional.of(new int[] {expanded.start(), expanded.end()});
        }
        return Optional.empty();
    }
}
