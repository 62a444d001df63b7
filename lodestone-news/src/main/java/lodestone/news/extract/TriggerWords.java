package lodestone.news.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stems the trigger patterns of {@link NewsExtractor} start with, by family: every alternative of a pattern starts
 * at a word boundary with a word that begins with one of its family's stems (or, for investments, with a dollar sign).
 * A sentence's stems are found once, in one pass over its words; a pattern runs only when its family has a stem in the
 * sentence. Most sentences of a long text have none, and the patterns are most of the extractor's cost. {@code
 * TriggerWordsTest} checks every family against its patterns over the whole labelled corpus.
 */
final class TriggerWords {
    /** Export controls, and the objects a suspension needs ("the ban", "controls", "licensing"). */
    static final Set<String> MEASURE = Set.of(
            "export",
            "ban",
            "licen",
            "quota",
            "suspen",
            "stop",
            "halt",
            "extend",
            "curb",
            "ship",
            "freez",
            "froze",
            "prohibit",
            "permit",
            "allow",
            "control",
            "tonne",
            "tons",
            "cap",
            "deny",
            "moratori",
            "paus",
            "announc",
            "claus",
            "choke",
            "restrict",
            "bar",
            "measure",
            "rule",
            "blacklist",
            "requir",
            "review",
            "check",
            "dut",
            "tax",
            "end-use",
            "dual-use",
            "replac",
            "levy",
            "levies",
            "subject",
            "packag");
    /** Tariffs and duties (and, since round 20b, the nouns of {@link DutyFrames}). */
    static final Set<String> TARIFF = Set.of(
            "tariff",
            "anti-dumping",
            "antidumping",
            "dumping",
            "countervail",
            "import",
            "duties",
            "dut",
            "levy",
            "levies",
            "safeguard",
            "customs");
    /** Critical-mineral lists. */
    static final Set<String> LIST = Set.of("critical", "list", "strategic");
    /** Deals: joint ventures, offtakes, investments, agreements. */
    static final Set<String> DEAL = Set.of(
            "joint",
            "jv",
            "partner",
            "team",
            "form",
            "off-take",
            "offtake",
            "take",
            "buy",
            "purchas",
            "sale",
            "sell",
            "suppl",
            "deliver",
            "ship",
            "agree",
            "commit",
            "guarantee",
            "procure",
            "contract",
            "deal",
            "pact",
            "invest",
            "equity",
            "stake",
            "letter",
            "mobili",
            "pledge",
            "loan",
            "lend",
            "lent",
            "grant",
            "financ",
            "debt",
            "capital",
            "acquir",
            "acquisition",
            "takeover",
            "fund",
            "provide",
            "award",
            "receiv",
            "secur",
            "stock",
            "share",
            "subsidi",
            "warrant",
            "owner",
            "become",
            "became",
            "becomes",
            "becoming",
            "make",
            "making",
            "made",
            "framework",
            "memorand",
            "mou",
            "accord",
            "declaration",
            "roadmap",
            "action",
            "cooperation",
            "plan",
            "treaty",
            "alliance",
            "contribution",
            "credit",
            "pledg",
            "promis",
            "allocat",
            "set",
            "budget",
            "contribut",
            "get",
            "initiative",
            "put",
            "told",
            "tell",
            "signal",
            "inform",
            "indicat",
            // a jointly owned entity told by its holders' shares (round 26c, MoneyFrames.sharedOwnership)
            "own",
            "hold",
            "held",
            "keep",
            "kept",
            "participation",
            "$");
    /** Other actions: price floors, stockpiles, quotas, laws, approvals, investigations. */
    static final Set<String> OTHER = Set.of(
            "price",
            "floor",
            "minimum",
            "guarantee",
            "pay",
            "paid",
            "promis",
            "stockpil",
            "reserve",
            "section",
            "quantity",
            "production",
            "output",
            "mining",
            "smelting",
            "separation",
            "extraction",
            "awarded",
            "granted",
            "issued",
            "approv",
            "auction",
            "executive",
            "strategic",
            "moratori",
            "nationali",
            "act",
            "law",
            "decree",
            "regulation",
            "code",
            "program",
            "strategy",
            "polic",
            "framework",
            "adopt",
            "passed",
            "enact",
            "signed",
            "proclamation",
            "initiated",
            "launch",
            "opened",
            "began",
            "started",
            "unveil",
            "present",
            "publish",
            "mission",
            "creat",
            "set",
            "establish",
            "cap",
            "ban",
            "bar",
            "designat",
            "select",
            "recogni",
            // round 23b: a decree abrogated, repealed or rescinded
            "abrogat",
            "repeal",
            "rescind");

    /**
     * Acts on instruments of mining (round 21b, {@link ActFrames}): the verbs of {@code act-verb}, {@code act-rate-verb}
     * and the nouns of {@code act-noun} (round 22b); every act names one of them and an instrument.
     */
    static final Set<String> ACT = Set.of(
            "ratif",
            "grant",
            "award",
            "allocat",
            "hand",
            "withdr",
            "revok",
            "cancel",
            "annul",
            "strip",
            "block",
            "bar",
            "halt",
            "stop",
            "shelv",
            "postpon",
            "put",
            "delay",
            "defer",
            "push",
            "open",
            "launch",
            "auction",
            "approv",
            "designat",
            "select",
            "admit",
            "renew",
            "speed",
            "sped",
            "fast-track",
            "streamlin",
            // round 22b: an instrument taken back by ending its agreement, acts told as nouns, and the verbs that set
            // or
            // change a royalty's or a tax's terms
            "terminat",
            "revoc",
            "set",
            "cut",
            "rais",
            "lower",
            "reduc",
            "increas",
            "restructur",
            "rationali",
            "revis",
            "overhaul",
            "introduc",
            "legislat",
            "pass",
            "adopt",
            "widen",
            "extend",
            "expand",
            "scrap",
            "abolish",
            "announc",
            // round 27b: a royalty or a tax replaced, specified or voted for ("replaced the flat 10% royalty",
            // "specifying the rate of royalty", "voted 9-0 for a 2.5% royalty on lithium")
            "replac",
            "specif",
            "vot",
            // an instrument told with its act after it ("the plan adopted in December", ActFrames.TRAILING)
            "clear",
            "releas",
            "unveil",
            "present",
            "finali",
            "publish",
            "order",
            "sign",
            "issu",
            "creat",
            "establish",
            "enact",
            "start",
            "initiat",
            "notif",
            // round 23b: the winner of a tender or competition determined, named or declared
            "determin",
            "nam",
            "declar",
            // round 25b: an instrument denied, rejected or vetoed
            "den",
            "reject",
            "veto",
            "denial");

    private static final List<Set<String>> FAMILIES = List.of(MEASURE, TARIFF, LIST, DEAL, OTHER, ACT);
    /** Every family's stems in one set: a word's prefix is looked up once, not once per family. */
    private static final Set<String> ALL =
            FAMILIES.stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /**
     * Every prefix of every stem ("e", "ex", "exp", ...): a word's prefixes are read only while they begin some stem,
     * so most words stop after a letter or two instead of sixteen.
     */
    private static final Set<String> BEGINNINGS = ALL.stream()
            .flatMap(stem ->
                    java.util.stream.IntStream.rangeClosed(1, stem.length()).mapToObj(k -> stem.substring(0, k)))
            .collect(Collectors.toUnmodifiableSet());

    private static final int LONGEST = 16;

    private TriggerWords() {}

    /**
     * @param sentence a sentence
     * @return the stems of every family that begin one of its words, lower case ("$" for a dollar sign)
     */
    static Set<String> stems(String sentence) {
        Set<String> out = new HashSet<>();
        if (sentence.indexOf('$') >= 0) {
            out.add("$");
        }
        String s = sentence.toLowerCase(Locale.ROOT);
        int n = s.length();
        for (int start = 0; start < n; start++) {
            // a word starts after any character that is not a letter or digit, a hyphen included ("re-exports")
            if (!Character.isLetterOrDigit(s.charAt(start))
                    || (start > 0 && Character.isLetterOrDigit(s.charAt(start - 1)))) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(n, start + LONGEST); end++) {
                char c = s.charAt(end - 1);
                if (!Character.isLetterOrDigit(c) && c != '-') {
                    break;
                }
                String prefix = s.substring(start, end);
                if (!BEGINNINGS.contains(prefix)) {
                    break; // no stem begins so: no longer prefix is one
                }
                if (ALL.contains(prefix)) {
                    out.add(prefix);
                }
            }
        }
        return out;
    }

    /**
     * @param stems a sentence's stems
     * @param family a family of stems
     * @return whether the sentence has one of the family's stems
     */
    static boolean any(Set<String> stems, Set<String> family) {
        for (String stem : stems) {
            if (family.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
