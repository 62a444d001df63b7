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

    /**
     * A list told as the place its minerals are, not as changed: "the 31 minerals on Australia's critical minerals
     * list", "the scope follows the Survey's list" (round 25d). Matched on the words just before the list's name.
     */
    private static final Pattern MEMBERSHIP = VOCABULARY.pattern("list-membership");
    /** A past act that made a list, or its year: "published in February 2022", "designated", "the 2021 list". */
    private static final Pattern MADE = VOCABULARY.pattern("list-made");
    /** A verb that puts a mineral on a list, before "on": "placed on", "put nickel on". */
    private static final Pattern PUT_ON = VOCABULARY.pattern("list-put-on");
    /** A count that is part of a larger count: "13 of the 35 minerals", "a handful of the 30 minerals". */
    private static final Pattern PART_OF = VOCABULARY.pattern("list-part-of");
    /**
     * An edition of a list told after the list was named (round 25d): "the draft was released on 15 September", "the
     * List was last updated on 16 December 2023", "drew up its first list in 2011", "its final 2025 update, published in
     * November".
     */
    private static final Pattern EDITION = VOCABULARY.pattern("list-edition");
    /** A verb that makes, publishes or updates an edition: "released", "put the draft out", "drew up". */
    private static final Pattern EDITION_MADE = VOCABULARY.pattern("list-edition-made");

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
            if (PART_OF.matcher(s.substring(Math.max(0, count.start() - 20), count.end()))
                            .find()
                    && !toldMade(s, count.start(), count.end())) {
                continue; // "a handful of the 30 minerals it lists as critical": a part of a list, no act told
            }
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

    /**
     * @param s a sentence
     * @param listStart where a list's name starts in it ("Australia's Critical Minerals List")
     * @param listEnd where it ends
     * @return whether the list is told as where its minerals are ("on the list", "follows the list") with no verb that
     *     puts one on it ("placed on", "put nickel on") and no act or year that made it
     */
    static boolean membership(String s, int listStart, int listEnd) {
        String lead = s.substring(Math.max(0, listStart - 60), listStart);
        Matcher on = MEMBERSHIP.matcher(lead);
        return on.find() && !PUT_ON.matcher(lead.substring(0, on.start())).find() && !toldMade(s, listStart, listEnd);
    }

    /**
     * Whether the words around a list tell when or by what act it was made ("the critical minerals list the Survey
     * published in February 2022", "the 2021 list of 31 critical minerals"): a list's publication told in passing is
     * an update (the guideline's background), its mere mention is not.
     */
    private static boolean toldMade(String s, int start, int end) {
        return MADE.matcher(s.substring(Math.max(0, start - REACH), Math.min(s.length(), end + REACH)))
                .find();
    }

    /**
     * @param s a sentence that names no list of critical minerals, told after one that does
     * @return the span of an edition of that list made in this sentence ("the draft was released on ..."), if any
     */
    static Optional<int[]> edition(String s) {
        Matcher edition = EDITION.matcher(s);
        if (edition.find() && EDITION_MADE.matcher(s).find()) {
            return Optional.of(new int[] {edition.start(), edition.end()});
        }
        return Optional.empty();
    }
}
