package lodestone.news.extract;

import java.util.regex.Pattern;

/**
 * The one rule that tells whether an act is hedged: a modal, a threat, an expectation, a proposal, a consideration or a
 * denial told just before its words (the vocabulary's {@code hedge}, read over the 50 characters before). Every reader
 * of {@link NewsExtractor} and the state frame's modality ({@link StateFrame#modality}) ask it (round 29b: before, the
 * frame read its modality with word lists of its own, and an act could be done for one and hedged for the other).
 */
final class Hedges {
    private Hedges() {}

    private static final Pattern HEDGE = Vocabulary.bundled().pattern("hedge");

    /** How far before an act its hedge is looked for, in characters. */
    static final int REACH = 50;

    /**
     * @param s a sentence
     * @param at where an act's words start in it
     * @return whether the act is hedged: a hedge's words end right before it, within {@link #REACH} characters
     */
    static boolean hedged(String s, int at) {
        if (s.regionMatches(true, at, "ship up to", 0, 10) || s.regionMatches(true, at, "export up to", 0, 12)) {
            return false; // a quota's size, not a possibility
        }
        return HEDGE.matcher(s.substring(Math.max(0, at - REACH), at)).find();
    }
}
