package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A tariff read from the structure a duty takes in any article (round 20b), not from a list of wordings: a duty (a
 * tariff, a customs duty, a levy, a safeguard measure) that carries a rate or a change of rate, or that a verb sets or
 * takes off, and a named good it falls on. The rate stands before the duty in its noun phrase ("a 25% Section 301
 * tariff", "the 2.5% customs duty") or after it ("duties of 93.5%"); a change of level follows it ("cut to zero from
 * 2.5%", "goes to nil from 2.5%", "from nothing to 25%", "would rise to 25%"); a verb governs it ("removed customs
 * duties on", "scrapped duty on", "announced Section 301 tariffs", "exempted ... from customs duty"). The good is the
 * object after "on", "for" or "against" ("on Chinese permanent magnets", "on imports of semi-finished copper"), the
 * subject that faces or pays the duty ("Chinese permanent magnets ... will face a 25% tariff", "imports of ... magnets
 * ... pay an additional 25% tariff"), the goods an exemption names before "from", or a noun compounded with the duty
 * ("monazite duty"). A duty on exports is an export measure (the labelling guideline's export controls and their
 * suspensions), never a tariff. A good may be named by a product of a mineral ({@link #products}): a magnet is rare
 * earths, as the labelling guideline says, and so is monazite, their ore; a ferro-alloy is its metal. The wordings are
 * in {@code vocabulary.tsv} (entries {@code duty-*} and {@code product-*}).
 */
final class DutyFrames {
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** The duty itself: a tariff, a customs duty, a levy, a safeguard measure. */
    static final Pattern NOUN = Pattern.compile("\\b(?:" + VOCABULARY.alternation("duty-noun") + ")", FLAGS);
    /**
     * Where a good's noun phrase ends: a clause or list boundary, a bracket, a relative pronoun, a verb phrase coordinated
     * after it ("on all imports of U.S. products and will put export controls on ...").
     */
    private static final Pattern GOOD_END = Pattern.compile(
            "[,;:(]|\\s(?:which|that|who|from|since|until|to)\\s|\\s(?:and|but)\\s+(?:will|would|also|then|has|have|had|is|are"
                    + "|was|were|\\w+ed)\\b|$",
            FLAGS);
    /** Where the clause before a duty begins (for its subject): the last clause boundary. */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("^.*[,;:]", Pattern.DOTALL);
    /** The one or two words right before a duty: a noun compounded with it ("the monazite duty"). */
    private static final Pattern COMPOUND = Pattern.compile("(?:^|\\s)((?:[\\w-]+\\s+){1,2})$");
    /** The minerals a product names: "magnets" rare earths, "ferrosilicon" silicon. */
    private static final Map<String, Pattern> PRODUCTS = products();

    private static final int GOOD_REACH = 90;

    /** The cues of a duty's structure: each reads the vocabulary's entries named for it ({@code duty-rate-before}). */
    private enum Cue {
        /** A rate in the duty's noun phrase, before it: "a 25% Section 301 tariff" (matched at the end of the text). */
        RATE_BEFORE,
        /** A rate right after the duty: "duties of 93.5%", "rates of close to 170%". */
        RATE_AFTER,
        /** A change of level after the duty: "to zero", "from 2.5%", "from nothing to 25%". */
        LEVEL,
        /** A verb that sets or takes off the duty, before it: "removed customs duties", "imposed a 50% duty". */
        VERB,
        /** A trade remedy is a duty of its kind whatever its rate: anti-dumping, countervailing, safeguard. */
        REMEDY,
        /** A good told as the subject that bears the duty: "will face", "pay", "are subject to". */
        SUBJECT_VERB,
        /** Between the duty and its good: "on", "of 93.5% on", "order on", "on imports of", "that put 25% on". */
        GOOD_LEAD,
        /** An exemption names its goods before "from": "exempted 25 critical minerals ... from customs duty". */
        EXEMPTION,
        /** A duty on exports, or another sense of the word ("heavy-duty", "on duty"): no tariff. */
        NOT_BEFORE,
        /** Another sense of the word after it: "duty to consult". */
        NOT_AFTER,
        /** A verb of its own at the head of a second duty's clause: "and lifted the duty on". */
        OWN_CLAUSE;

        private final Pattern pattern = Vocabulary.bundled()
                .pattern("duty-" + name().toLowerCase(Locale.ROOT).replace('_', '-'));

        Matcher in(String text) {
            return pattern.matcher(text);
        }
    }

    private DutyFrames() {}

    /**
     * A duty read in a sentence: the duty's words, the span of its good, and whether a verb of its own heads it.
     *
     * @param start where the duty's noun starts, in the sentence
     * @param end where it ends
     * @param goodStart where the good's words start
     * @param goodEnd where they end
     * @param ownVerb whether a clause or list boundary and a verb of its own head the duty ("and lifted the duty on")
     */
    record Duty(int start, int end, int goodStart, int goodEnd, boolean ownVerb) {}

    /**
     * @param s a sentence
     * @return every duty of the sentence that carries a rate, a change of rate, a verb or a trade remedy's kind and
     *     tells where its good is, in order; a duty on exports is none
     */
    static List<Duty> find(String s) {
        List<Duty> out = new ArrayList<>();
        Matcher m = NOUN.matcher(s);
        while (m.find()) {
            String before = s.substring(0, m.start());
            String after = s.substring(m.end());
            String nearBefore = s.substring(Math.max(0, m.start() - 60), m.start());
            if (Cue.NOT_BEFORE.in(nearBefore).find() || Cue.NOT_AFTER.in(after).lookingAt()) {
                continue;
            }
            String clauseAfter = after.substring(0, clauseEnd(after));
            boolean verb = Cue.VERB.in(nearBefore).find();
            boolean action = Cue.RATE_BEFORE.in(nearBefore).find()
                    || Cue.RATE_AFTER.in(after).lookingAt()
                    || Cue.LEVEL.in(clauseAfter).find()
                    || verb
                    || Cue.REMEDY
                            .in(s.substring(Math.max(0, m.start() - 40), m.end()))
                            .find();
            if (!action) {
                continue;
            }
            int[] good = good(s, before, after, m.start(), m.end());
            if (good == null) {
                continue;
            }
            boolean ownVerb = verb && Cue.OWN_CLAUSE.in(nearBefore).find();
            out.add(new Duty(m.start(), m.end(), good[0], good[1], ownVerb));
        }
        return out;
    }

    /** Where a duty's good is told: after it, as its subject, in its exemption, or compounded with it; null if nowhere. */
    private static int @Nullable [] good(String s, String before, String after, int start, int end) {
        Matcher lead = Cue.GOOD_LEAD.in(after);
        if (lead.lookingAt()) {
            int from = end + lead.end();
            String rest = s.substring(from, Math.min(s.length(), from + GOOD_REACH));
            Matcher stop = GOOD_END.matcher(rest);
            int to = stop.find() ? from + stop.start() : from + rest.length();
            if (to > from) {
                return new int[] {from, to};
            }
        }
        Matcher exemption = Cue.EXEMPTION.in(before);
        if (exemption.find()) {
            return new int[] {exemption.start(), start};
        }
        Matcher clause = CLAUSE_BEFORE.matcher(before);
        int clauseStart = clause.find() ? clause.end() : 0;
        String subject = before.substring(clauseStart);
        Matcher verb = Cue.SUBJECT_VERB.in(subject);
        int verbAt = -1;
        while (verb.find()) {
            verbAt = verb.start();
        }
        if (verbAt > 0 && subject.substring(verbAt).split("\\s+").length <= 9) {
            return new int[] {clauseStart, clauseStart + verbAt};
        }
        // "the monazite duty": a noun compounded with the duty names its good
        Matcher compound = COMPOUND.matcher(before);
        if (compound.find()) {
            return new int[] {compound.start(1), start};
        }
        return null;
    }

    /** @return where the clause that starts a text ends: at ";", ". " or the end */
    private static int clauseEnd(String after) {
        int semi = after.indexOf(';');
        int limit = Math.min(after.length(), 140);
        return semi >= 0 ? Math.min(semi, limit) : limit;
    }

    /**
     * @param text a good's words
     * @return the minerals its products name ("permanent magnets": rare earths; "ferrosilicon": silicon), in order
     */
    static List<String> products(String text) {
        Set<String> out = new LinkedHashSet<>();
        PRODUCTS.forEach((mineral, pattern) -> {
            if (pattern.matcher(text).find()) {
                out.add(mineral);
            }
        });
        return List.copyOf(out);
    }

    private static Map<String, Pattern> products() {
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (String name : VOCABULARY.byName().keySet()) {
            if (name.startsWith("product-")) {
                out.put(
                        name.substring("product-".length()).replace('-', ' '),
                        Pattern.compile("\\b(?:" + VOCABULARY.alternation(name) + ")\\b", FLAGS));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
