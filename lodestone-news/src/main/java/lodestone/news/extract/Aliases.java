package lodestone.news.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short forms an article defines for an organisation, and what they resolve to. A definition is an organisation's
 * name (a gazetteer organisation or a company name) followed by its short form in brackets or after "hereafter" or
 * "known as": "Lynas Rare Earths Limited (Lynas)", "Japan Australia Rare Earths B.V. (JARE)", "US Strategic Metals
 * (USSM)", "MP Materials Corp. (\"MP\")", "Iluka Resources, hereafter Iluka". Every mention of the short form in the
 * article, before or after the definition, then names the same organisation (its key), including a short form the
 * gazetteer does not know ("USSM"), so that every slot that names a party or a recipient reads one organisation
 * whichever form a sentence writes. Each organisation so defined is also reported by one name (the guideline takes the
 * name as the article writes it): a company by the full name of its definition without its legal suffix ("Japan
 * Australia Rare Earths" for a later "JARE"), a state miner by the short form the article gives it (the form the press
 * and the labels use for state miners: "KABIL", "Maaden"). Governments and agencies stand for their country as before.
 *
 * <p>Before the definitions are read, the companies the article names in passing after the word that says what they
 * are ("commodity trader Mercuria", "trading house Iwatani", "the state company Yacimientos de Litio Bolivianos") are
 * added to its organisations, with every other mention of the same name: the press names most companies once that way
 * and by the bare name afterwards, and neither the gazetteer nor the company pattern (a name ending in a corporate word)
 * reads them. A company described as the state's ("the state company", "state-owned miner") is reported by the short
 * form the article defines for it, as a state miner of the gazetteer is ("YLB").
 *
 * <p>A short form that is a country, a mineral, an exchange, a generic word ("the Company", "the Fund") or written in
 * lower case defines nothing. The definitions are read once, after each organisation mention, and the short forms are
 * found in one pass of a {@link PhraseMatcher}: linear in the text.
 */
final class Aliases {
    /** The legal forms that may stand between a name and its short form: "Japan Australia Rare Earths B.V. (JARE)". */
    private static final String LEGAL =
            "(?:,?\\s+(?:Inc\\.?|Corp\\.?|Corporation|Co\\.,?\\s+Ltd\\.?|Co\\.|Ltd\\.?|Limited"
                    + "|Pty\\.?\\s+Ltd\\.?|plc|PLC|AG|ASA|S\\.A\\.|SA|B\\.V\\.|BV|N\\.V\\.|NV|LLC|GmbH|SAS|SpA|S\\.p\\.A\\.|Tbk))?";

    private static final String SHORT = "(?<short>[A-Z][\\p{L}\\d&.'’-]*(?:\\s+[A-Z][\\p{L}\\d&.'’-]*){0,2})";

    /**
     * After a name: its short form in brackets ("(JARE)", "(\"MP\")", "(the \"Company\")", "(hereafter Lynas)", "(or
     * Lynas)"), possibly followed by a second form ("(“Lynas” or “the Company”)"), or after a comma, "hereafter" or
     * "known as" ("..., hereafter Iluka,", "..., known as JARE,").
     */
    private static final Pattern DEFINITION = Pattern.compile(LEGAL
            + "(?:\\s*\\(\\s*(?<the>the\\s+)?(?:(?:hereafter|hereinafter|also known as|known as|or)\\s+)?[\"“]?"
            + SHORT
            + "[\"”]?\\s*(?:(?:,|or|and|;)[^()\\n]{0,40})?\\)"
            + "|,\\s+(?:hereafter|hereinafter|(?:also\\s+)?known as)(?:\\s+referred to as)?\\s+(?<the2>the\\s+)?[\"“]?"
            + SHORT.replace("short", "short2")
            + "[\"”]?(?=[,.;)\\s]))");

    /** Short forms that name no one organisation: exchanges and generic words a contract or filing defines. */
    private static final Set<String> NOT_ALIASES = Set.of(
            "NYSE",
            "Nasdaq",
            "NASDAQ",
            "ASX",
            "TSX",
            "TSXV",
            "LSE",
            "AIM",
            "HKEX",
            "OTC",
            "OTCQX",
            "JSE",
            "IDX",
            "Company",
            "Companies",
            "Group",
            "Fund",
            "Agreement",
            "Project",
            "Projects",
            "Government",
            "Ministry",
            "Bank",
            "Corporation",
            "Parties",
            "Party",
            "Buyer",
            "Seller",
            "Issuer",
            "Offer",
            "Offering",
            "Transaction",
            "Deal",
            "Facility",
            "Programme",
            "Program",
            "Plan",
            "Partnership",
            "Venture",
            "JV",
            "Subsidiary",
            "Investor",
            "Investors",
            "Lender",
            "Borrower",
            "Purchaser",
            "Vendor",
            "Target",
            "Acquirer",
            "Merger",
            "Shares",
            "Placement",
            "Board",
            "Commission",
            "Department",
            "Agency",
            "Authority");

    private final List<Mention> mentions;
    private final Map<String, String> names;

    private Aliases(List<Mention> mentions, Map<String, String> names) {
        this.mentions = List.copyOf(mentions);
        this.names = Map.copyOf(names);
    }

    /** @return the mentions, every mention of a defined short form keyed to the organisation it stands for */
    List<Mention> mentions() {
        return mentions;
    }

    /**
     * @param key an organisation's key
     * @return the name the article's definition gives it, if it defines one for it
     */
    Optional<String> name(String key) {
        return Optional.ofNullable(names.get(key));
    }

    /** A definition read: the short form, the organisation's key, and the full name as written. */
    private record Definition(String shortForm, String key, String full) {}

    /**
     * @param text the article text
     * @param mentions its mentions, sorted by start
     * @param gazetteer the gazetteer that keyed them
     * @return the mentions with the article's short forms resolved, and the names the definitions give
     */
    static Aliases of(String text, List<Mention> mentions, Gazetteer gazetteer) {
        Set<String> stateOwned = new HashSet<>();
        List<Mention> found = described(text, mentions, gazetteer, stateOwned);
        Map<String, Definition> definitions = new LinkedHashMap<>();
        for (Mention org : found) {
            if (org.kind() != MentionKind.ORGANISATION) {
                continue;
            }
            Matcher m = DEFINITION.matcher(text).region(org.end(), Math.min(text.length(), org.end() + 120));
            if (!m.lookingAt()) {
                continue;
            }
            String bracketed = m.group("short");
            String shortForm = bracketed != null ? bracketed : m.group("short2");
            boolean the = m.group("the") != null || m.group("the2") != null;
            if (shortForm == null || !alias(shortForm, org, the, gazetteer)) {
                continue;
            }
            String key = org.key();
            Optional<String> known = gazetteer.organisationKey(shortForm);
            if (key.startsWith("company:") && known.isPresent()) {
                key = known.get(); // "Saudi Arabian Mining Co (Maaden)": the gazetteer knows the short form
            }
            String full = MentionFinder.LEGAL_SUFFIX
                    .matcher(org.key().startsWith("company:") ? org.key().substring(8) : org.surface())
                    .replaceFirst("")
                    .strip();
            definitions.putIfAbsent(shortForm, new Definition(shortForm, key, full));
        }
        if (definitions.isEmpty()) {
            return new Aliases(found, Map.of());
        }
        // every key a definition joins: the full name's and, when the gazetteer knew the short form, the short form's
        Map<String, String> rekey = new HashMap<>();
        for (Mention org : found) {
            if (org.kind() != MentionKind.ORGANISATION) {
                continue;
            }
            Definition d = definitions.get(org.surface());
            if (d != null && !org.key().equals(d.key())) {
                rekey.putIfAbsent(org.key(), d.key());
            }
        }
        for (Definition d : definitions.values()) {
            if (d.key().startsWith("company:")) {
                continue;
            }
            // a company name read by the company pattern before its gazetteer short form
            rekey.putIfAbsent("company:" + d.full(), d.key());
        }
        List<Mention> out = new ArrayList<>(found.size());
        List<int[]> spans = new ArrayList<>();
        for (Mention m : found) {
            String key = m.kind() == MentionKind.ORGANISATION ? rekey.getOrDefault(m.key(), m.key()) : m.key();
            out.add(key.equals(m.key()) ? m : new Mention(m.kind(), m.start(), m.end(), m.surface(), key));
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
        Map<String, String> keys = new LinkedHashMap<>();
        definitions.values().forEach(d -> keys.put(d.shortForm(), d.key()));
        addFree(text, keys, spans, starts, out);
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
        Map<String, String> names = new HashMap<>();
        for (Definition d : definitions.values()) {
            String kind = d.key().startsWith("company:")
                    ? "company"
                    : gazetteer
                            .organisation(d.key())
                            .map(Gazetteer.Organisation::kind)
                            .orElse("");
            if (kind.equals("company")
                    && !stateOwned.contains(d.key())
                    && !d.full().startsWith(d.shortForm() + " ")) {
                names.putIfAbsent(d.key(), d.full());
            } else if (kind.equals("state-miner") || stateOwned.contains(d.key())) {
                names.putIfAbsent(d.key(), d.shortForm());
            }
        }
        return new Aliases(out, names);
    }

    /**
     * A company named in passing after the word that says what it is: "commodity trader Mercuria", "trading house
     * Iwatani", "battery giant BTR", "the state company Yacimientos de Litio Bolivianos", "the Chinese consortium CBC".
     */
    private static final Pattern DESCRIBED =
            Pattern.compile("\\b(?:company|miner|trader|trading house|producer|developer"
                    + "|explorer|refiner|carmaker|automaker|consortium|investor|firm|maker|manufacturer|smelter|conglomerate"
                    + "|giant|supplier|operator|group)[^\\S\\n]+(?<name>[A-Z][\\p{L}\\d&'’-]*(?:[^\\S\\n]+(?:(?:de|del|da|do|of|y"
                    + "|&)[^\\S\\n]+)?[A-Z][\\p{L}\\d&'’-]*){0,4})");

    /** Before a description: the company is the state's ("the state company", "state-owned miner"). */
    private static final Pattern STATE = Pattern.compile("\\bstate(?:-owned|-run)?[^\\S\\n]+(?:\\p{L}+[^\\S\\n]+)?$");

    /**
     * The mentions with the companies the article names in passing ({@link #DESCRIBED}) added, each mention of such a
     * name in the article being one of that company (keyed {@code company:NAME}, as a company name is); a name the
     * gazetteer or the company pattern already read, a country, a mineral or a word that starts no name is left alone.
     *
     * @param stateOwned filled with the keys of the companies described as the state's
     */
    private static List<Mention> described(
            String text, List<Mention> found, Gazetteer gazetteer, Set<String> stateOwned) {
        List<int[]> spans = new ArrayList<>();
        found.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = DESCRIBED.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            // "Ganfeng's" is the company's
            name = name.replaceFirst("(?:'s|’s)$", "");
            String first = name.split("\\s+", 2)[0];
            int start = m.start("name");
            if (name.length() < 2
                    || MentionFinder.NOT_COMPANY_START.contains(first)
                    || gazetteer.namesCountry(first)
                    || gazetteer.namesCountry(name)
                    || gazetteer.namesMineral(name)
                    || taken(spans, starts, start, start + name.length())) {
                continue;
            }
            String key = "company:"
                    + MentionFinder.LEGAL_SUFFIX.matcher(name).replaceFirst("").strip();
            names.putIfAbsent(name, key);
            if (STATE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()))
                    .find()) {
                stateOwned.add(key);
            }
        }
        if (names.isEmpty()) {
            return found;
        }
        List<Mention> out = new ArrayList<>(found);
        addFree(text, names, spans, starts, out);
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
        return out;
    }

    /**
     * Adds an organisation mention for every place the text writes one of the forms, where no mention stands already.
     *
     * @param keys each form's organisation key
     * @param spans the spans of the mentions already found, sorted by start
     * @param starts their starts
     */
    private static void addFree(
            String text, Map<String, String> keys, List<int[]> spans, int[] starts, List<Mention> out) {
        for (PhraseMatcher.Match match : new PhraseMatcher(keys.keySet(), false).find(text)) {
            if (!taken(spans, starts, match.start(), match.end())) {
                out.add(new Mention(
                        MentionKind.ORGANISATION,
                        match.start(),
                        match.end(),
                        match.surface(),
                        Objects.requireNonNull(keys.get(match.surface()))));
            }
        }
    }

    /** Whether {@code shortForm}, written after {@code org}, is a short form of it. */
    private static boolean alias(String shortForm, Mention org, boolean the, Gazetteer gazetteer) {
        if (NOT_ALIASES.contains(shortForm)
                || shortForm.length() < 2
                || gazetteer.namesCountry(shortForm)
                || gazetteer.namesMineral(shortForm)
                || org.surface().equals(shortForm)) {
            return false;
        }
        // after "the", only an acronym or a word of the name itself ("the Lynas"): "(the Company)" is a contract's
        // defined term, not a name
        boolean acronym = shortForm.chars().filter(Character::isUpperCase).count() >= 2;
        boolean ownWord = List.of(org.surface().split("\\s+")).contains(shortForm);
        return !the || acronym || ownWord;
    }

    /** Whether [start, end) overlaps a span (sorted by start; spans are short and rarely nest). */
    private static boolean taken(List<int[]> spans, int[] starts, int start, int end) {
        int i = Arrays.binarySearch(starts, end);
        i = i < 0 ? -i - 1 : i;
        for (int k = i - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
            int[] s = spans.get(k);
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }
}
