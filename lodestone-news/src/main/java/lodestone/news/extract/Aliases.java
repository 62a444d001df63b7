package lodestone.news.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            "MoU",
            "MOU",
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

    /** A run of capitalised words that may be a name: "Serra Verde", "The Rock Holdings", "Emirates Global Aluminium". */
    private static final String NAME_RUN =
            "(?<![\\p{L}\\d&'’.-])(?<name>\\p{Lu}[\\p{L}\\d&'’.-]*(?:[^\\S\\n]+(?:(?:de|del|da|do|of|y|&)"
                    + "[^\\S\\n]+)?\\p{Lu}[\\p{L}\\d&'’.-]*){0,4})";

    /** What an appositive or a listing calls an organisation: "a Dublin-based critical minerals investor". */
    private static final String ORGANISATION_NOUN =
            "(?:company|companies|miner|producer|developer|explorer|refiner|trader"
                    + "|trading house|investor|investment firm|firm|group|maker|manufacturer|smelter|conglomerate|supplier|operator"
                    + "|subsidiary|unit|affiliate|arm|enterprise|start-?up|consortium|lender|bank|corporation|owner|carmaker"
                    + "|automaker|joint venture|venture|partnership|holding)";

    /**
     * A name told with an appositive that says what it is (round 30): "Inflection Point, an investment firm",
     * "TechMet, a Dublin-based critical minerals investor", "Metalex Africa, a subsidiary of", "CAMYEN, the state
     * enterprise of Argentina's Catamarca province", "CAMYEN, Catamarca's provincial mining company".
     */
    private static final Pattern APPOSITIVE = Pattern.compile(","
            + "[^\\S\\n]+(?:a|an|the|\\p{Lu}[\\p{L}.-]*(?:'s|’s))[^\\S\\n]+(?:[\\p{L}\\d.'’&-]+[^\\S\\n]+){0,5}?"
            + ORGANISATION_NOUN + "\\b(?!['’-])(?![^\\S\\n]+(?:said|says|told|added|announced|reported|and)\\b)");

    /**
     * The run of capitals that ends where an {@link #APPOSITIVE} starts, looked for in a bounded window before it (an
     * appositive is found by its comma, which the regular expression engine looks for fast, not by every capital).
     */
    private static final Pattern NAME_AT_END = Pattern.compile(NAME_RUN + "$");

    /** How far before an appositive's comma its name is looked for. */
    private static final int NAME_WINDOW = 120;

    /** An appositive that describes a person or a place, not an organisation: "Jane Doe, the company's chief executive". */
    private static final Pattern NOT_ORGANISATION_APPOSITIVE = Pattern.compile(
            "\\b(?:chief|executive|director|spokes\\w*|analyst|minister|head|founder|chair\\w*|manager|officer|president|advis[eo]r"
                    + "|economist|partner|geologist|engineer|lawyer|trader at|province|state of|region|city|town|capital|county)\\b");
    /**
     * A run of capitals after a preposition of place is a place ("in Goias, the only large producer"), and after a verb
     * of saying a speaker ("said Jane Doe, a trader at the market").
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "\\b(?:in|at|near|outside|across|around|from|of|said|says|asked|told|according to)[^\\S\\n]+$");

    /**
     * A name after the word that says where it is listed, owned or backed (round 30): "the London-listed Pensana",
     * "ASX-listed miner Arafura", "state-owned MonAtom", "privately held Twigg".
     */
    private static final Pattern LISTED = Pattern.compile("(?:-(?<=[\\p{L}.&]-)(?:listed|owned|backed|controlled)"
            + "|privately[ -]held)[^\\S\\n]+(?:(?!(?:of|the|a|an|in|on|for|to|and|with|by)\\b)\\p{Ll}[\\p{L}-]*[^\\S\\n]+){0,3}"
            + NAME_RUN + "(?![^\\S\\n]+" + ORGANISATION_NOUN + "\\b)");

    /** Words that open a run of capitals without being part of a name: "On Monday Serra Verde, the ...". */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "Yesterday",
            "Today",
            "Tomorrow",
            "Last",
            "Earlier",
            "Later",
            "Meanwhile",
            "Separately",
            "Also",
            "Then",
            "Now",
            "Since",
            "Until",
            "Shares",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "If",
            "Of",
            "To",
            "Only",
            "Even",
            "Just",
            "Once",
            "Here",
            "There",
            "Mr",
            "Mr.",
            "Ms",
            "Ms.",
            "Dr",
            "Dr.",
            "CEO",
            "Chief",
            "First",
            "Second",
            "Third",
            "Finally",
            "However",
            "Still",
            "Instead",
            "Indeed");

    /** A legal form right after a company's name: "Critical Metals Corp.", "Ridgeline Lithium, Inc.". */
    private static final Pattern LEGAL_AFTER = Pattern.compile(
            "[,\\s]+(?:Inc|Corp|Corporation|Ltd|Limited|plc|PLC|AG|ASA|SA|S\\.A|Co|B\\.V|N\\.V|GmbH|LLC|Pty)\\b");

    /** The last word of a fund's, a programme's, an office's or an association's name. */
    private static final Pattern BODY_END = Pattern.compile("\\b(?:Act|Fund|Facility|Program|Programme|Strategy|Reserve"
            + "|List|Plan|Initiative|Mission|Bill|Law|Council|Agency|Authority|Commission|Ministry|Department|Office"
            + "|Alliance|Coalition|Forum|Association|Chamber|Institute)$");

    /** One word that is a corporate word or a legal form alone, never a whole name: "Resources", "Ltd". */
    private static final Pattern CORPORATE_WORD = Pattern.compile("(?:Resources|Minerals|Materials|Mining|Metals|Group"
            + "|Holdings|Magnetics|Energy|Capital|Industries|Technologies|Inc|Corp|Ltd|Limited|plc|PLC|AG|SA|Co)\\.?");

    /**
     * The names an article introduces by their form (round 30), added to {@code names} with their keys: a name told with
     * an appositive that says what it is ({@link #APPOSITIVE}), a name after "-listed", "-owned" and the like ({@link
     * #LISTED}), and every company name the company pattern read with its legal form ("Critical Metals Corp." makes a
     * later "Critical Metals gained" the same company, where the pattern refuses the descriptive first word alone). A
     * run's leading words that open sentences ("On Monday", "Yesterday") and states are not part of the name; a run that
     * is a country, a mineral, a generic word, a gazetteer organisation, a place (after "in"), a speaker (after
     * "said") or a word the article also writes in lower case is no new name.
     */
    private static void introduced(
            String text,
            List<Mention> found,
            Gazetteer gazetteer,
            List<int[]> spans,
            int[] starts,
            Map<String, String> names) {
        Set<String> lower = null;
        for (Pattern form : List.of(APPOSITIVE, LISTED)) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                String run;
                int runEnd;
                if (form == APPOSITIVE) {
                    Matcher before = NAME_AT_END
                            .matcher(text)
                            .region(Math.max(0, m.start() - NAME_WINDOW), m.start())
                            .useTransparentBounds(true);
                    if (!before.find()
                            || NOT_ORGANISATION_APPOSITIVE
                                    .matcher(text.substring(m.start(), m.end()))
                                    .find()
                            || PLACE_BEFORE
                                    .matcher(text.substring(
                                            Math.max(0, before.start("name") - 12), before.start("name")))
                                    .find()) {
                        continue;
                    }
                    run = before.group("name");
                    runEnd = before.end("name");
                } else {
                    run = m.group("name");
                    runEnd = m.end("name");
                }
                String name = trimmed(run, gazetteer);
                if (!name.contains(" ")) {
                    if (lower == null) {
                        lower = lowerCaseWords(text);
                    }
                    if (lower.contains(name.toLowerCase(Locale.ROOT))) {
                        // "First", "Act": a word the article also writes in lower case is no name
                        continue;
                    }
                }
                String rest = name.startsWith("The ") ? name.substring(4) : name;
                if (BODY_END.matcher(name).find()) {
                    // "the National Reconstruction Fund, a ...", "the Business Council, an association of companies":
                    // a state's fund or programme, or an association, is no company (as the company pattern says)
                    continue;
                }
                if (rest.isEmpty()
                        || NOT_ALIASES.contains(rest)
                        || (MentionFinder.NOT_COMPANY_START.contains(rest.split("\\s+", 2)[0])
                                && !(rest.contains(" ")
                                        && MentionFinder.DESCRIPTIVE_START.contains(rest.split("\\s+", 2)[0])))
                        || (!name.contains(" ") && name.length() < 3)
                        || NOT_ALIASES.contains(name)
                        || gazetteer.namesCountry(name)
                        || gazetteer.namesMineral(name)
                        || gazetteer.organisationKey(name).isPresent()) {
                    continue;
                }
                int start = runEnd - name.length();
                if (taken(spans, starts, start, start + name.length())) {
                    continue;
                }
                names.putIfAbsent(
                        name,
                        "company:"
                                + MentionFinder.LEGAL_SUFFIX
                                        .matcher(name)
                                        .replaceFirst("")
                                        .strip());
            }
        }
        // a company name read once with its legal form is the same company wherever the article writes it again
        for (Mention m : found) {
            if (m.kind() == MentionKind.ORGANISATION && m.key().startsWith("company:")) {
                String name = MentionFinder.LEGAL_SUFFIX
                        .matcher(m.surface())
                        .replaceFirst("")
                        .strip();
                // a name told with its legal form ("Critical Metals Corp.") is a company's wherever it stands
                if (name.contains(" ")
                        && LEGAL_AFTER
                                .matcher(text)
                                .region(m.end(), Math.min(text.length(), m.end() + 16))
                                .lookingAt()) {
                    names.putIfAbsent(name, m.key());
                }
            }
        }
    }

    /** The words the text writes in lower case (read once per article, when a one-word name needs them). */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lower = true;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                lower &= !Character.isUpperCase(text.charAt(i));
                i++;
            }
            if (lower) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }

    /** A run of capitals without the words before its name that open sentences, name times or name states. */
    private static String trimmed(String run, Gazetteer gazetteer) {
        String name = run.replaceFirst("(?:'s|’s|'|’|\\.)$", "").strip();
        while (true) {
            int space = name.indexOf(' ');
            if (space < 0) {
                return NOT_NAME_WORDS.contains(name)
                                || MentionFinder.NOT_COMPANY_START.contains(name)
                                || CORPORATE_WORD.matcher(name).matches()
                        ? ""
                        : name;
            }
            String first = name.substring(0, space);
            if (!NOT_NAME_WORDS.contains(first)
                    && !(MentionFinder.NOT_COMPANY_START.contains(first)
                            && !first.equals("The")
                            && !MentionFinder.DESCRIPTIVE_START.contains(first))
                    && !gazetteer.namesCountry(first.replaceFirst("(?:'s|’s)$", ""))) {
                return name;
            }
            name = name.substring(space + 1).strip();
        }
    }

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
        introduced(text, found, gazetteer, spans, starts, names);
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
