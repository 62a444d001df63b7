package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The minerals an act sentence that names none of its own is about (round 26b): the guideline's "minerals named in a
 * neighbouring sentence about the same action belong to it" ({@code corpus/LABELLING.md}, fields). An article tells an
 * act in one sentence and what it is on in another ("The Corps ... granted the individual permit on March 21, 2019"
 * after a paragraph on the copper-nickel mine); this reads, for each sentence, the minerals of the sentence right before
 * or right after it in its paragraph, else the article's sole mineral subject.
 *
 * <p>Computed once per article, in one pass over its sentences (each sentence's own minerals are given); a look-up is
 * constant time, so no annotator that asks it for every sentence becomes quadratic.
 *
 * <p>When the context applies ({@link Mode#RULED}):
 *
 * <ul>
 *   <li>the sentence before, in the same paragraph, names minerals: those;
 *   <li>else the sentence after, in the same paragraph: those;
 *   <li>else the article's sole subject: every specific mineral the article names is of one family (one mineral, or
 *       rare earths and their elements); a second family competes, and then there is no subject. "Critical minerals"
 *       is no subject (an article on minerals at large tells acts on ports and stadiums too); beside a specific family
 *       it is passed over.
 * </ul>
 *
 * It never applies to a sentence that names a product outside minerals (chips, steel, fentanyl, all goods: the
 * guideline's out-of-scope acts), tariffs, imports or a trade remedy, or that is hedged or told as unfinished: those
 * tests are the caller's ({@code NewsExtractor.Context}), which knows the sentence's words.
 */
final class MineralContext {
    /** How the context is read. */
    enum Mode {
        /** No context: an act sentence without a mineral of its own reads no act (before round 26b). */
        OFF,
        /** Diagnostic: the nearest minerals anywhere in the article, under no rule (to measure what a context could read). */
        ANY,
        /** The rules of this class. */
        RULED
    }

    /** Where the context was found. */
    enum Where {
        PREVIOUS,
        NEXT,
        PARAGRAPH,
        HEADLINE,
        SUBJECT
    }

    /**
     * @param minerals the minerals the context lends
     * @param where where they were found
     */
    record Found(List<String> minerals, Where where) {
        Found {
            minerals = List.copyOf(minerals);
        }
    }

    private static final MineralContext NONE = new MineralContext(Mode.OFF, new Found[0]);

    private final Mode mode;
    /** for each sentence that names no mineral, what the context lends it (null when nothing) */
    private final Found[] lent;

    private MineralContext(Mode mode, Found[] lent) {
        this.mode = mode;
        this.lent = lent;
    }

    /** @return a context that lends nothing */
    static MineralContext none() {
        return NONE;
    }

    /**
     * @param mode how to read the context
     * @param sentences the article's sentences, in order
     * @param between for sentence {@code i > 0}, the text between sentence {@code i - 1}'s end and its start (a line
     *     break there starts a paragraph)
     * @param ownMinerals each sentence's own minerals, by index
     * @return the context of every sentence, read in one pass forward and one backward
     */
    static MineralContext of(
            Mode mode, int sentences, IntFunction<String> between, IntFunction<List<String>> ownMinerals) {
        if (mode == Mode.OFF || sentences == 0) {
            return NONE;
        }
        List<List<String>> own = new ArrayList<>(sentences);
        int[] paragraph = new int[sentences];
        for (int i = 0; i < sentences; i++) {
            own.add(ownMinerals.apply(i));
            paragraph[i] = i == 0 ? 0 : paragraph[i - 1] + (between.apply(i).indexOf('\n') >= 0 ? 1 : 0);
        }
        // the nearest sentence before (any distance, same paragraph or not) that names minerals: one forward pass
        int[] lastBefore = new int[sentences];
        int last = -1;
        for (int i = 0; i < sentences; i++) {
            lastBefore[i] = last;
            if (!own.get(i).isEmpty()) {
                last = i;
            }
        }
        int[] firstAfter = new int[sentences];
        int next = -1;
        for (int i = sentences - 1; i >= 0; i--) {
            firstAfter[i] = next;
            if (!own.get(i).isEmpty()) {
                next = i;
            }
        }
        List<String> subject = mode == Mode.RULED ? subject(own) : List.of();
        Found[] lent = new Found[sentences];
        for (int i = 0; i < sentences; i++) {
            if (!own.get(i).isEmpty()) {
                continue;
            }
            int b = lastBefore[i];
            int a = firstAfter[i];
            if (mode == Mode.ANY) {
                if (b >= 0 && (a < 0 || i - b <= a - i)) {
                    lent[i] = new Found(own.get(b), where(i, b, paragraph));
                } else if (a >= 0) {
                    lent[i] = new Found(own.get(a), where(i, a, paragraph));
                }
                continue;
            }
            if (b >= 0 && b == i - 1 && paragraph[b] == paragraph[i]) {
                lent[i] = new Found(own.get(b), Where.PREVIOUS);
            } else if (a == i + 1 && paragraph[a] == paragraph[i]) {
                lent[i] = new Found(own.get(a), Where.NEXT);
            } else if (!subject.isEmpty()) {
                lent[i] = new Found(subject, Where.SUBJECT);
            }
        }
        return new MineralContext(mode, lent);
    }

    private static Where where(int i, int j, int[] paragraph) {
        if (j == i - 1 && paragraph[j] == paragraph[i]) {
            return Where.PREVIOUS;
        }
        if (j == i + 1 && paragraph[j] == paragraph[i]) {
            return Where.NEXT;
        }
        if (paragraph[j] == paragraph[i]) {
            return Where.PARAGRAPH;
        }
        return j == 0 ? Where.HEADLINE : Where.SUBJECT;
    }

    /**
     * The article's one mineral family, or nothing when it names several (a competing subject) or only critical
     * minerals.
     */
    private static List<String> subject(List<List<String>> own) {
        Set<String> families = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (List<String> minerals : own) {
            for (String m : minerals) {
                if (m.equals("critical minerals")) {
                    continue;
                }
                all.add(m);
                families.add(family(m));
            }
        }
        // an article on critical minerals at large has no one subject: an act there may be on a port or a stadium
        return families.size() == 1 ? List.copyOf(all) : List.of();
    }

    /** A mineral's family: rare-earth elements are rare earths; every other mineral is its own. */
    static String family(String mineral) {
        return NewsExtractor.RARE_EARTH_ELEMENTS.contains(mineral) ? "rare earths" : mineral;
    }

    /**
     * @param sentence a sentence's index
     * @return what the context lends the sentence, if it names no mineral of its own and the context finds some
     */
    Optional<Found> lent(int sentence) {
        if (mode == Mode.OFF || sentence < 0 || sentence >= lent.length) {
            return Optional.empty();
        }
        return Optional.ofNullable(lent[sentence]);
    }
}
