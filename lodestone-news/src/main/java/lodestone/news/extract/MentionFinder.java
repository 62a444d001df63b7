package lodestone.news.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds mentions in article text. Money and dates are found first; countries inside them ("US$") and inside
 * organisation names ("U.S. Geological Survey") are dropped, so that each character belongs to at most one named
 * entity.
 */
final class MentionFinder {
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final Pattern MONEY = Pattern.compile(
            LeadDispatch.guard(
                    "(?<qual>\\b(?:up to|more than|over|at least|about|around|nearly|almost|some|roughly|approximately"
                            + "|as much as|an estimated|a further|another)\\s+)?"
                            + "(?<cur>US\\$|USD|A\\$|AU\\$|AUD|C\\$|CAD|EUR|€|£|RMB|CNY|¥|\\$)\\s?"
                            + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                            + "(?:\\s?(?:-|–|to)\\s?(?:US\\$|\\$)?(?<num2>\\d+(?:\\.\\d+)?)(?=[\\s-]?(?:trillion|billion|million"
                            + "|bn|mn|tn|m|b)\\b))?"
                            + "(?:[\\s-]?(?<mult>trillion|billion|million|bn|mn|tn|m|b)\\b)?"
                            + "(?:\\s+(?<each>each|apiece))?"),
            Pattern.CASE_INSENSITIVE);
    /** "500 million dollars", "1.2 billion yuan": the currency after the number. */
    static final Pattern MONEY_AFTER = Pattern.compile(
            LeadDispatch.guard(
                    "(?<qual>\\b(?:up to|more than|over|at least|about|around|nearly|almost|some|roughly|approximately)\\s+)?"
                            + "\\b(?<![\\d,.])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?"
                            + "(?<mult>trillion|billion|million)\\s+"
                            + "(?<cur>US dollars|dollars|yuan|renminbi|euros|yen|Australian dollars|Canadian dollars)\\b"
                            + "(?:\\s+(?<each>each|apiece))?"),
            Pattern.CASE_INSENSITIVE);

    static final Pattern PERCENT = Pattern.compile(
            LeadDispatch.guard("(?<num>\\d{1,3}(?:\\.\\d+)?)(?:\\s?(?:-|–|to)\\s?(?<num2>\\d{1,3}(?:\\.\\d+)?))?\\s?"
                    + "(?:%|percent\\b|per cent\\b)"),
            Pattern.CASE_INSENSITIVE);
    /** Shares in words: "two-thirds", "nine out of ten", "half of". */
    static final Pattern FRACTION = Pattern.compile(
            LeadDispatch.guard(
                    "\\b(?<frac>nine[- ]tenths|three[- ]quarters|two[- ]thirds|one[- ]third|a third|one[- ]quarter|a quarter"
                            + "|(?:four|three|two|one) (?:out )?of (?:five|four|three)|nine (?:out )?of (?:ten|10)"
                            + "|eight (?:out )?of (?:ten|10)|seven (?:out )?of (?:ten|10)|half)(?= of\\b)"),
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(LeadDispatch.guard("\\b(?<month>" + MONTHS
            + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b"));
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(LeadDispatch.guard("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<month>" + MONTHS
                    + ")\\.?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?\\b"));
    private static final Pattern ISO =
            Pattern.compile(LeadDispatch.guard("\\b(?<year>(?:19|20)\\d{2})[-.](?<month>\\d{2})[-.](?<day>\\d{2})\\b"));
    private static final Pattern RELATIVE = Pattern.compile(
            LeadDispatch.guard("\\b(?:(?<yesterday>yesterday)|(?<today>today|earlier today|this morning)"
                    + "|(?<last>last)\\s+(?<lastday>" + WEEKDAYS + ")|(?:on|since|from|late on|early on)\\s+(?<onday>"
                    + WEEKDAYS + ")"
                    + "|(?<=\\b(?:said|says|announced|signed|unveiled|imposed|issued|agreed|added|launched|published"
                    + "|released|confirmed|approved|reported|introduced|suspended|lifted|extended|banned|declared|told"
                    + "|decided|finali[sz]ed|sealed|inked|struck|revealed|ordered)\\s)(?<bareday>" + WEEKDAYS + ")"
                    + "|(?<n>a|one|two|three|four|five|six|seven|\\d+)\\s+days?\\s+(?<dir>earlier|later|before|after|ago)"
                    + "|the\\s+(?<nextday>next|following|previous|preceding)\\s+day"
                    + "|(?<same>the same day))\\b"),
            Pattern.CASE_INSENSITIVE);

    /**
     * Companies outside the gazetteer: capitalised words ending in a corporate word ("Lynas Rare Earths", "Iluka
     * Resources", "Energy Fuels Inc."), up to four words; the legal suffix is not part of the key.
     */
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(?<name>(?:[A-Z][\\p{L}\\d&'’.-]*[^\\S\\n]+){1,3}(?:Resources|Minerals|Materials|Mining|Metals|Metal|Lithium"
                    + "|Rare Earths|Group|Holdings|Corporation|Corp\\.?|Inc\\.?|Ltd\\.?|Limited|plc|PLC|AG|ASA|SA|Capital"
                    + "|Technologies|Industries|Company|Co\\.|Magnetics|Elements|Energy|Partners|Ventures|Motors"
                    + "|Electronics|Chemicals?|Alloys|Graphite|Tungsten|Cobalt|Nickel|Antimony|Zinc|Copper|Rutile|Uranium"
                    + "|Vanadium|Iron|Rare Metals|Magnets?)(?![\\p{L}]))");

    /**
     * A possessive that closes a word after a company name's first word ("Hudbay Minerals' Copper World"): the name
     * ends before it (round 26c).
     */
    private static final Pattern INNER_POSSESSIVE = Pattern.compile("(?<=\\S)(?:'|’|'s|’s)(?=\\s)");

    /**
     * A capitalised name that is a law, fund or programme, not a company: "the Critical Raw Materials Act"; since round
     * 33a also a body's: "a European Critical Raw Materials Centre", "the Future Minerals Forum".
     */
    private static final Pattern NOT_COMPANY_AFTER = Pattern.compile(
            "\\s+(?:Act|Fund|Facility|Program|Programme|Strategy|Reserve|List|Plan|Initiative|Mission|Bill|Law|Centre|Center"
                    + "|Alliance|Dialogue|Forum|Licence|License|Mechanism)\\b");
    /** A capitalised name that names a ministry's field: "the Ministry of Natural Resources". */
    private static final Pattern NOT_COMPANY_BEFORE = Pattern.compile(
            "\\b(?:Ministry|Minister|Department|Secretary|Office|Bureau|Agency|Institute|Council|Commission|Committee)"
                    + "\\s+(?:of|for|on)\\s+(?:the\\s+)?(?:[A-Z][\\p{L}]+(?:,\\s+|\\s+(?:and|&)\\s+))*$");
    /** A capitalised name that is a ministry's field told before its office: "Energy and Natural Resources Minister". */
    private static final Pattern OFFICE_AFTER =
            Pattern.compile("\\s+(?:Ministry|Minister|Department|Secretary|Committee)\\b");
    /** "Missouri-based ", "U.S.-based ": where a company sits, written before its name. */
    private static final Pattern BASED_PREFIX = Pattern.compile("(?:[\\p{L}.]+\\s+)?[\\p{L}.]+-based\\s+");

    static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "[,\\s]+(?:Inc\\.?|Corp\\.?|Corporation|Pty\\.?\\s+Ltd\\.?|Ltd\\.?|Limited|plc|PLC|AG|ASA|SA|S\\.A\\.|Co\\.|B\\.V\\."
                    + "|N\\.V\\.|GmbH|LLC)$");
    static final Set<String> NOT_COMPANY_START = Set.of(
            "The",
            "A",
            "An",
            "This",
            "That",
            "These",
            "Its",
            "Their",
            "His",
            "Her",
            "Our",
            "In",
            "On",
            "At",
            "For",
            "And",
            "But",
            "Critical",
            "Strategic",
            "Global",
            "World",
            "National",
            "Secure",
            "Securing",
            "Minister",
            "President",
            "Chinese",
            "Under",
            "With",
            "From",
            "By",
            "As",
            "When",
            "While",
            "After",
            "Before",
            "Ministry",
            "Department",
            "Office",
            "Energy",
            "Mineral",
            "Minerals",
            "Rare",
            "Heavy",
            "Light",
            "New",
            "Major",
            "Key",
            "Other",
            "Some",
            "Both",
            "Each",
            "All",
            "Many",
            "Several",
            "Most",
            "More",
            "Such",
            "Related",
            "Dual");
    private final Gazetteer gazetteer;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(String text, Optional<LocalDate> published) {
        List<Mention> raw;
        if (text.length() <= CHUNK_CHARS) {
            raw = findRaw(text, published);
        } else {
            // a long text is read in chunks of whole lines, in parallel (no mention spans a line break); relative dates
            // are resolved afterwards, in order, because each is read against the date told before it
            List<int[]> chunks = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int newline = text.indexOf('\n', Math.min(text.length(), start + CHUNK_CHARS));
                int end = newline < 0 ? text.length() : newline + 1;
                chunks.add(new int[] {start, end});
                start = end;
            }
            raw = chunks.parallelStream()
                    .flatMap(c -> findRaw(text.substring(c[0], c[1]), published).stream()
                            .map(m -> new Mention(m.kind(), m.start() + c[0], m.end() + c[0], m.surface(), m.key())))
                    .toList();
        }
        List<Mention> out = new ArrayList<>(raw.size());
        LocalDate anchor = null;
        for (Mention m : raw) {
            if (m.kind() != MentionKind.DATE) {
                out.add(m);
                continue;
            }
            String key = m.key();
            if (key.startsWith(RELATIVE_KEY)) {
                key = relative(key.substring(RELATIVE_KEY.length()), published, anchor)
                        .map(LocalDate::toString)
                        .orElse("");
            }
            out.add(key.equals(m.key()) ? m : new Mention(MentionKind.DATE, m.start(), m.end(), m.surface(), key));
            if (!key.isEmpty() && !deadline(text, m.start())) {
                anchor = LocalDate.parse(key);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the date at {@code start} is a deadline ("suspended until 10 November 2026", "by March 1"): "two days
     * later" in the next sentence counts from the day of the action told before, not from its deadline.
     */
    private static boolean deadline(String text, int start) {
        String lead = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
        return lead.endsWith("until ") || lead.endsWith("till ") || lead.endsWith("through ") || lead.endsWith("by ");
    }

    /** Texts longer than this are read in chunks of whole lines, in parallel. */
    private static final int CHUNK_CHARS = 100_000;

    /** The mentions of one chunk, sorted, with relative dates not yet resolved (their key starts with RELATIVE_KEY). */
    private List<Mention> findRaw(String text, Optional<LocalDate> published) {
        List<Mention> out = new ArrayList<>();
        money(text, out);
        percents(text, out);
        dates(text, published, out);
        TakenSpans taken = new TakenSpans(out);
        List<Mention> named = gazetteerMentions(
                gazetteer.organisations(), text, taken, MentionKind.ORGANISATION, gazetteer::organisationOf);
        taken.addAll(named);
        // company names outside the gazetteer, before countries, so that "Saudi Arabian Mining Company" is one name
        Matcher company = COMPANY.matcher(text);
        List<Mention> companies = new ArrayList<>();
        while (company.find()) {
            String name = company.group("name");
            String first = name.split("\\s+", 2)[0];
            if (NOT_COMPANY_START.contains(first)
                    || !taken.free(company.start(), company.end())
                    || titleCase(text, company.start())
                    || NOT_COMPANY_AFTER
                            .matcher(text)
                            .region(company.end(), Math.min(text.length(), company.end() + 14))
                            .lookingAt()
                    || NOT_COMPANY_BEFORE
                            .matcher(text.substring(Math.max(0, company.start() - 60), company.start()))
                            .find()
                    || OFFICE_AFTER
                            .matcher(text)
                            .region(company.end(), Math.min(text.length(), company.end() + 12))
                            .lookingAt()) {
                // "the Critical Raw Materials Act", "the Ministry of Natural Resources", "the Minister for Lands and
                // Natural Resources", "Energy and Natural Resources Minister": no company
                continue;
            }
            // "Hudbay Minerals' Copper World project": a possessive inside the name ends the company's name; what
            // follows is the company's project or unit (round 26c)
            Matcher owner = INNER_POSSESSIVE.matcher(name);
            if (owner.find(first.length())) {
                name = name.substring(0, owner.start());
                if (!COMPANY.matcher(name).matches()) {
                    continue;
                }
            }
            String key = LEGAL_SUFFIX.matcher(name).replaceFirst("").strip();
            // "Japan's Mitsubishi Corp.": one word with a legal suffix is a company's name although it is short
            boolean suffixed = key.length() < name.strip().length();
            int shift = 0;
            Matcher based = BASED_PREFIX.matcher(key);
            if (based.lookingAt()) {
                // "Missouri-based US Strategic Metals": where the company sits is not part of its name
                shift = based.end();
                key = key.substring(shift).strip();
                first = key.split("\\s+", 2)[0];
                if (!key.contains(" ")) {
                    continue;
                }
            }
            if (first.endsWith("'s") || first.endsWith("’s")) {
                // "Russia's Uranium One Group": the possessive belongs to the sentence, not to the name
                shift += first.length() + 1;
                key = key.substring(Math.min(key.length(), first.length() + 1)).strip();
                if (!key.contains(" ") && !(suffixed && key.length() > 1)) {
                    continue;
                }
            }
            if (key.isEmpty() || NOT_COMPANY_START.contains(key)) {
                continue;
            }
            int from = company.start() + shift;
            companies.add(new Mention(MentionKind.ORGANISATION, from, from + key.length(), key, "company:" + key));
        }
        taken.addAll(companies);
        named.addAll(companies);
        List<Mention> owners = owners(text, taken);
        taken.addAll(owners);
        named.addAll(owners);
        List<Mention> countries =
                gazetteerMentions(gazetteer.countries(), text, taken, MentionKind.COUNTRY, gazetteer::countryOf);
        // "Latin America", "North American": a continent's part is no country ("mines in Africa and Latin America")
        countries.removeIf(c -> c.surface().toLowerCase(Locale.ROOT).startsWith("america")
                && REGION_OF_AMERICA
                        .matcher(text.substring(Math.max(0, c.start() - 9), c.start()))
                        .find());
        euExecutive(text, named, countries, taken);
        List<Mention> minerals = new ArrayList<>();
        for (PhraseMatcher.Match mineral : gazetteer.minerals().find(text)) {
            String surface = mineral.surface();
            if (surface.equals("lead")
                    || surface.equals("Lead")
                    || surface.equalsIgnoreCase("tin")
                    || surface.equalsIgnoreCase("gold")) {
                if (!inList(text, mineral.start(), mineral.end())) {
                    continue;
                }
            }
            // "the Critical Minerals Facility", "the Critical Raw Materials Act": a name of a programme for critical
            // minerals still names them; "Korea Zinc" names no zinc
            boolean generic = gazetteer.mineralOf(surface).name().equals("critical minerals");
            if (!generic && partOfName(text, mineral.start(), mineral.end())) {
                continue;
            }
            if (surface.equals("REE") || surface.equals("REEs") || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
                minerals.add(new Mention(
                        MentionKind.MINERAL,
                        mineral.start(),
                        mineral.end(),
                        surface,
                        gazetteer.mineralOf(surface).name()));
            }
        }
        out.addAll(named);
        out.addAll(countries);
        out.addAll(minerals);
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
        return out;
    }

    /**
     * The owner of a named project, mine or plant told by its possessive (round 26c): "a loan for Barrick's Reko Diq
     * copper-gold project", "to expand Serra Verde's Pela Ema rare earths mine", "EcoGraf's Epanko graphite project". The
     * project's own name (a capitalised word after the possessive) says that the possessive is a company's, whatever
     * its name; a country or a mineral is no owner of this kind.
     */
    private static final Pattern OWNER = Pattern.compile(
            "(?<![\\p{L}\\d&.-])(?<name>\\p{Lu}[\\p{L}\\d&.-]*(?:[^\\S\\n]+"
                    + "\\p{Lu}[\\p{L}\\d&.-]*){0,2})(?:'s|’s|'|’)[^\\S\\n]+(?:\\p{Lu}[\\p{L}\\d'’-]*[^\\S\\n]+){1,3}"
                    + "(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}(?:project|mine|plant|refinery|smelter|deposit|operation|hub)s?\\b");

    /**
     * A country's company told by its acronym (round 26c): "South Korea's POSCO", "Abu Dhabi's ADQ", "China's CATL". The
     * country's possessive says that the capitals name a body of that country; the gazetteer's bodies are taken first.
     */
    private static final Pattern COUNTRY_ACRONYM = Pattern.compile(
            "(?<country>\\p{Lu}[\\p{L}.]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}.]*){0,2})(?:'s|’s)[^\\S\\n]+(?<name>\\p{Lu}{2,6})\\b"
                    + "(?![\\p{L}\\d&'’-]|\\.\\p{L})");

    /**
     * A buyer, seller or investor told as the subject of a commercial verb (round 26c): "Apple agreed to buy", "Ford
     * agreed to take", "Patriot will supply", "BTR will take a stake". Only a commercial verb's subject is read: who
     * buys, sells, supplies, takes, invests or pays is a company, a state or an office, and states and offices are the
     * gazetteer's.
     */
    private static final Pattern DEAL_SUBJECT = Pattern.compile(
            "(?<![\\p{L}\\d&.'’-])(?<name>\\p{Lu}[\\p{L}\\d&-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}\\d&-]*){0,2})[^\\S\\n]+"
                    + "(?:(?:has|have|had|also)[^\\S\\n]+){0,2}(?:agreed[^\\S\\n]+(?:\\p{Ll}+[^\\S\\n]+){0,2}?to|committed"
                    + "[^\\S\\n]+to|will|would)[^\\S\\n]+(?:buy|purchase|take|supply|sell|invest|pay|lend|acquire)\\b");
    /** Words that open a sentence and name nobody. */
    private static final Set<String> NOT_SUBJECT =
            Set.of("It", "He", "She", "They", "We", "I", "You", "Who", "Which", "Buyers", "Sellers", "Investors");

    private List<Mention> owners(String text, TakenSpans taken) {
        List<Mention> out = new ArrayList<>();
        // a one-word subject that opens its sentence counts if the text writes it inside a sentence somewhere: the
        // subjects are gathered first, so that one pass over the text answers for every such word
        List<Mention> subjects = new ArrayList<>();
        Set<String> opening = new HashSet<>();
        Matcher subject = DEAL_SUBJECT.matcher(text);
        while (subject.find()) {
            String name = subject.group("name");
            int start = subject.start("name");
            String first = name.split("\\s+", 2)[0];
            if (taken.free(start, subject.end("name"))
                    && !NOT_COMPANY_START.contains(first)
                    && !NOT_SUBJECT.contains(first)
                    && gazetteer.countries().find(name).isEmpty()
                    && gazetteer.minerals().find(name).isEmpty()) {
                subjects.add(
                        new Mention(MentionKind.ORGANISATION, start, subject.end("name"), name, "company:" + name));
                if (!name.contains(" ") && opensSentence(text, start)) {
                    opening.add(name);
                }
            }
        }
        Set<String> inside = namedInside(text, opening);
        for (Mention m : subjects) {
            if (m.surface().contains(" ") || !opensSentence(text, m.start()) || inside.contains(m.surface())) {
                out.add(m);
            }
        }
        Matcher acronym = COUNTRY_ACRONYM.matcher(text);
        while (acronym.find()) {
            String name = acronym.group("name");
            int start = acronym.start("name");
            if (taken.free(start, acronym.end("name"))
                    && covers(gazetteer.countries().find(acronym.group("country")), acronym.group("country"))
                    && gazetteer.countries().find(name).isEmpty()
                    && gazetteer.minerals().find(name).isEmpty()) {
                out.add(new Mention(MentionKind.ORGANISATION, start, acronym.end("name"), name, "company:" + name));
            }
        }
        Matcher m = OWNER.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            int start = m.start("name");
            int end = m.end("name");
            if (!taken.free(start, end)
                    || NOT_COMPANY_START.contains(name.split("\\s+", 2)[0])
                    || covers(gazetteer.countries().find(name), name)
                    || covers(gazetteer.minerals().find(name), name)
                    || titleCase(text, start)) {
                continue;
            }
            out.add(new Mention(MentionKind.ORGANISATION, start, end, name, "company:" + name));
        }
        return out;
    }

    /** Whether a word opens a sentence (its capital may be the sentence's, not a name's). */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Which of some words the text writes inside a sentence somewhere (a name, not a sentence's start): an occurrence
     * that does not open a sentence, among those a scan from the text's start finds, each after the end of the one
     * before. One pass over the text answers for every word: at each place, the words that start there are looked up
     * in a sorted set (the greatest word not after the text from there, then the greatest not after their common
     * prefix). A word that can overlap itself ("ABA") is scanned on its own as before, since the scan skips the
     * occurrences that overlap the one before.
     *
     * @param text the text
     * @param words the words (none empty)
     * @return those of the words written inside a sentence somewhere
     */
    static Set<String> namedInside(String text, Set<String> words) {
        Set<String> inside = new HashSet<>();
        TreeSet<String> plain = new TreeSet<>();
        for (String word : words) {
            if (!overlapsItself(word)) {
                plain.add(word);
            } else if (scannedInside(text, word)) {
                inside.add(word);
            }
        }
        if (plain.isEmpty()) {
            return inside;
        }
        int longest = plain.stream().mapToInt(String::length).max().orElseThrow();
        StringBuilder firsts = new StringBuilder();
        plain.forEach(word -> firsts.append(word.charAt(0)));
        for (int at = 0; at < text.length() && inside.size() < words.size(); at++) {
            if (firsts.indexOf(String.valueOf(text.charAt(at))) < 0 || opensSentence(text, at)) {
                continue;
            }
            String from = text.substring(at, Math.min(text.length(), at + longest));
            for (String word = plain.floor(from); word != null; word = plain.floor(from)) {
                if (from.startsWith(word)) {
                    inside.add(word);
                    from = word.substring(0, word.length() - 1);
                } else {
                    from = from.substring(0, commonPrefix(from, word));
                }
                if (from.isEmpty()) {
                    break;
                }
            }
        }
        return inside;
    }

    /** Whether a word's end is also its start ("ABA", "AA"): two of its occurrences can overlap. */
    static boolean overlapsItself(String word) {
        for (int k = 1; k < word.length(); k++) {
            if (word.regionMatches(0, word, word.length() - k, k)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters two texts share from their start. */
    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** The scan for one word: each occurrence after the end of the one before, until one does not open a sentence. */
    static boolean scannedInside(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            if (!opensSentence(text, at)) {
                return true;
            }
            at = text.indexOf(word, at + word.length());
        }
        return false;
    }

    /** Whether one of the matches spans the whole of a text. */
    private static boolean covers(List<PhraseMatcher.Match> matches, String text) {
        return matches.stream().anyMatch(x -> x.start() == 0 && x.end() == text.length());
    }

    /** The title of a law or regulation before the mineral it governs: "the Regulations on Rare Earth Management". */
    private static final Pattern POLICY_TITLE_BEFORE =
            Pattern.compile("\\b(?:Laws?|Regulations?|Measures|Rules|Provisions|Decree) (?:on|for|of) $");
    /** The title of a policy after the mineral it is about: "the National Lithium Strategy", "Cobalt Mission". */
    private static final Pattern POLICY_TITLE_AFTER = Pattern.compile(
            "(?:\\s+[A-Z][\\w-]*){0,2}?\\s+(?:Strateg(?:y|ies)|Polic(?:y|ies)|Laws?|Act|Regulations?|Mission|Scheme|"
                    + "Programme|Program|Plan|Roadmap|Decree)\\b");

    /**
     * A capitalised mineral word in the title of a law, regulation or policy names the mineral that instrument is about
     * ("the Regulations on Rare Earth Management", "the National Lithium Strategy"), unlike a company's name.
     */
    private static boolean policyTitle(String text, int start, int end) {
        return POLICY_TITLE_BEFORE
                        .matcher(text.substring(Math.max(0, start - 30), start))
                        .find()
                || POLICY_TITLE_AFTER
                        .matcher(text)
                        .region(end, Math.min(text.length(), end + 50))
                        .lookingAt();
    }

    /** The word before "America" that makes it a part of a continent, not the United States. */
    private static final Pattern REGION_OF_AMERICA =
            Pattern.compile("\\b(?:Latin|South|North|Central)\\s+$", Pattern.CASE_INSENSITIVE);

    /** "the Commission" (the alias alone is ambiguous: a trade commission, a securities commission). */
    private static final Pattern THE_COMMISSION = Pattern.compile("\\b[Tt]he (Commission)\\b");

    /**
     * "the Commission" in an article that names the EU (the Union, its Commission or Brussels) stands for the EU's
     * executive, and so for the EU as a party: "the Commission adopted the action plan" after "the European Union".
     */
    private static void euExecutive(String text, List<Mention> named, List<Mention> countries, TakenSpans taken) {
        boolean eu = countries.stream().anyMatch(c -> c.key().equals("EU"))
                || named.stream().anyMatch(o -> o.key().startsWith("eu-"));
        if (!eu) {
            return;
        }
        Matcher m = THE_COMMISSION.matcher(text);
        while (m.find()) {
            if (taken.free(m.start(1), m.end(1))) {
                countries.add(new Mention(MentionKind.COUNTRY, m.start(1), m.end(1), m.group(1), "EU"));
            }
        }
    }

    /**
     * @param names a gazetteer's phrases of one kind
     * @param key the gazetteer's key of a matched surface form
     * @return a mention for every match in spans not yet taken, in the matcher's order
     */
    private static List<Mention> gazetteerMentions(
            PhraseMatcher names, String text, TakenSpans taken, MentionKind kind, UnaryOperator<String> key) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Match match : names.find(text)) {
            if (taken.free(match.start(), match.end())) {
                out.add(new Mention(kind, match.start(), match.end(), match.surface(), key.apply(match.surface())));
            }
        }
        return out;
    }

    /** Spans already taken, sorted, with a binary search: linear overall where the old list scan was quadratic. */
    private static final class TakenSpans {
        private final TreeMap<Integer, Integer> spans = new TreeMap<>();

        TakenSpans(List<Mention> mentions) {
            addAll(mentions);
        }

        void addAll(List<Mention> mentions) {
            for (Mention m : mentions) {
                spans.merge(m.start(), m.end(), Math::max);
            }
        }

        /** Whether [start, end) overlaps no span; looks back over at most eight spans (spans are short and rarely nest). */
        boolean free(int start, int end) {
            var entry = spans.floorEntry(end - 1);
            for (int i = 0; entry != null && i < 8; i++) {
                if (entry.getValue() > start) {
                    return false;
                }
                entry = spans.lowerEntry(entry.getKey());
            }
            return true;
        }
    }

    /** Whether the line holding {@code at} is a title-case headline (most of its words capitalised). */
    private static boolean titleCase(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line.length() > 300) {
            return false;
        }
        int capital = 0;
        int letters = 0;
        for (String w : line.split("\\s+", -1)) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capital++;
                }
            }
        }
        return letters >= 3 && capital * 10 >= letters * 7;
    }

    /**
     * A capitalised mineral word right after another capitalised word in running text is part of a name ("Korea Zinc",
     * "Sierra Rutile"), and so is one followed by a capitalised word ("Lithium Americas") when it does not start the
     * sentence. Title-case headlines are left alone.
     */
    private static boolean partOfName(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start)) || titleCase(text, start) || policyTitle(text, start, end)) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?\n\"“:-–—(".indexOf(text.charAt(before)) >= 0;
        boolean capitalBefore = false;
        if (!sentenceStart && Character.isLetter(text.charAt(before))) {
            int wordStart = before;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            int prev = wordStart - 1;
            while (prev >= 0 && text.charAt(prev) == ' ') {
                prev--;
            }
            boolean wordStartsSentence = prev < 0 || ".!?\n\"“:-–—(".indexOf(text.charAt(prev)) >= 0;
            capitalBefore = Character.isUpperCase(text.charAt(wordStart)) && (!wordStartsSentence || end - start > 2);
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean capitalAfter = after > end && after < text.length() && Character.isUpperCase(text.charAt(after));
        int quotes = 0;
        for (int i = text.lastIndexOf('\n', start) + 1; i < start; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                quotes++;
            }
        }
        boolean quoted =
                quotes % 2 == 1; // inside a quoted title: "Framework for ... Critical Minerals and Rare Earths"
        return !quoted && (capitalBefore || capitalAfter);
    }

    /** A word like "lead" counts as a mineral only inside a list ("boron, copper, lead, ..."). */
    private static boolean inList(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start);
        String after = text.substring(end, Math.min(text.length(), end + 1));
        return before.endsWith(", ")
                || after.equals(",")
                || text.substring(Math.max(0, start - 4), start).equals("and ");
    }

    private static void money(String text, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        TakenSpans taken = new TakenSpans(List.of());
        for (Pattern pattern : List.of(MONEY, MONEY_AFTER)) {
            AnchoredFind scan = scan(pattern, text);
            Matcher m = scan.matcher();
            taken.addAll(found);
            while (scan.find()) {
                if (!taken.free(m.start(), m.end())) {
                    continue;
                }
                String cur = m.group("cur").toUpperCase(Locale.ROOT);
                String currency = switch (cur) {
                    case "US$", "USD", "$", "DOLLARS", "US DOLLARS" -> "USD";
                    case "A$", "AU$", "AUD", "AUSTRALIAN DOLLARS" -> "AUD";
                    case "C$", "CAD", "CANADIAN DOLLARS" -> "CAD";
                    case "EUR", "€", "EUROS" -> "EUR";
                    case "£" -> "GBP";
                    case "RMB", "CNY", "YUAN", "RENMINBI" -> "CNY";
                    case "¥", "YEN" -> "JPY";
                    default -> "USD";
                };
                String numText = pattern == MONEY && m.group("num2") != null ? m.group("num2") : m.group("num");
                double value = Double.parseDouble(numText.replace(",", ""));
                String mult = m.group("mult") == null ? "" : m.group("mult").toLowerCase(Locale.ROOT);
                value *= switch (mult) {
                    case "trillion", "tn" -> 1e12;
                    case "billion", "bn", "b" -> 1e9;
                    case "million", "mn", "m" -> 1e6;
                    default -> 1;
                };
                if (value <= 0) {
                    continue;
                }
                String qual =
                        m.group("qual") == null ? "" : m.group("qual").strip().toLowerCase(Locale.ROOT);
                String qualifier = switch (qual) {
                    case "up to", "as much as" -> "up-to";
                    case "more than", "over", "at least" -> "at-least";
                    case "", "a further", "another" -> "exact";
                    default -> "about";
                };
                if (m.group("each") != null) {
                    qualifier = qualifier + "-each";
                }
                found.add(new Mention(
                        MentionKind.MONEY,
                        m.start(),
                        m.end(),
                        m.group(),
                        currency + " " + BigDecimalText.of(value) + " " + qualifier));
            }
        }
        out.addAll(found);
    }

    private static void percents(String text, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        TakenSpans taken = new TakenSpans(out);
        AnchoredFind scan = scan(PERCENT, text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            if (taken.free(m.start(), m.end())) {
                double value = Double.parseDouble(m.group("num"));
                if (m.group("num2") != null) {
                    double high = Double.parseDouble(m.group("num2"));
                    if (high > value && high <= 100) {
                        value = (value + high) / 2;
                    }
                }
                if (value <= 100) {
                    found.add(
                            new Mention(MentionKind.PERCENT, m.start(), m.end(), m.group(), BigDecimalText.of(value)));
                }
            }
        }
        AnchoredFind fractions = scan(FRACTION, text);
        Matcher f = fractions.matcher();
        while (fractions.find()) {
            String frac = f.group("frac").toLowerCase(Locale.ROOT).replace('-', ' ');
            double value;
            if (frac.startsWith("nine tenths") || frac.startsWith("nine ")) {
                value = 90;
            } else if (frac.startsWith("three quarters")) {
                value = 75;
            } else if (frac.startsWith("two thirds")) {
                value = 66.7;
            } else if (frac.contains("third")) {
                value = 33.3;
            } else if (frac.contains("quarter")) {
                value = 25;
            } else if (frac.equals("half")) {
                value = 50;
            } else {
                String[] words = frac.split(" ", -1);
                double num = wordNumber(words[0]);
                double den = wordNumber(words[words.length - 1]);
                value = Math.round(1000 * num / den) / 10.0;
            }
            found.add(new Mention(MentionKind.PERCENT, f.start(), f.end(), f.group(), BigDecimalText.of(value)));
        }
        out.addAll(found);
    }

    private static double wordNumber(String word) {
        return switch (word) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            default -> 10;
        };
    }

    private static void dates(String text, Optional<LocalDate> published, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        TakenSpans taken = new TakenSpans(List.of());
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
            AnchoredFind scan = scan(p, text);
            Matcher m = scan.matcher();
            List<Mention> these = new ArrayList<>();
            while (scan.find()) {
                if (!taken.free(m.start(), m.end())) {
                    continue;
                }
                Optional<LocalDate> date =
                        dateline(text, m.start(), m.end()) ? Optional.empty() : absolute(m, published, text);
                these.add(new Mention(
                        MentionKind.DATE,
                        m.start(),
                        m.end(),
                        m.group(),
                        date.map(LocalDate::toString).orElse("")));
            }
            found.addAll(these);
            taken.addAll(these);
        }
        AnchoredFind relative = scan(RELATIVE, text);
        Matcher r = relative.matcher();
        while (relative.find()) {
            if (taken.free(r.start(), r.end())) {
                String normal = r.group("bareday") != null ? "on " + r.group("bareday") : r.group();
                found.add(new Mention(MentionKind.DATE, r.start(), r.end(), r.group(), RELATIVE_KEY + normal));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        out.addAll(found); // relative dates are resolved by find, in text order
    }

    private static final String RELATIVE_KEY = "relative:";

    /** The patterns read over the whole text, each tried only near its anchors ({@link #scan}). */
    static final List<Pattern> SCANNED =
            List.of(MONEY, MONEY_AFTER, PERCENT, FRACTION, ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, RELATIVE);

    /**
     * @param pattern one of {@link #SCANNED}
     * @param text the text
     * @return the pattern's matches in the text, found near its anchors: an amount of money holds a digit right after
     *     its currency, with at most 16 other characters before it ("approximately US$"); an amount before its
     *     currency, a percentage and a date hold a digit that starts a number, at most 13 characters after the start
     *     ("approximately 5 billion yuan", "September 5"); a share in words is followed by "of", at most 14 characters
     *     after its start ("three-quarters of"); a relative date holds "day" or "morning", at most 16
     *     characters after the start ("early on Wednesday", "the preceding day"; a number of days aside)
     */
    static AnchoredFind scan(Pattern pattern, String text) {
        if (pattern == MONEY) {
            return new AnchoredFind(pattern, text, MentionFinder::currencyDigit, 16);
        } else if (pattern == MONEY_AFTER) {
            return new AnchoredFind(pattern, text, MentionFinder::digitRunStart, 13);
        } else if (pattern == PERCENT) {
            return new AnchoredFind(pattern, text, MentionFinder::digit, 0);
        } else if (pattern == FRACTION) {
            return new AnchoredFind(pattern, text, MentionFinder::ofWord, 14);
        } else if (pattern == ISO || pattern == DAY_MONTH_YEAR) {
            return new AnchoredFind(pattern, text, MentionFinder::digitRunStart, 0);
        } else if (pattern == MONTH_DAY_YEAR) {
            return new AnchoredFind(pattern, text, MentionFinder::digitRunStart, 10);
        } else if (pattern == RELATIVE) {
            return new AnchoredFind(pattern, text, MentionFinder::dayWord, 16);
        }
        throw new IllegalArgumentException("pattern " + pattern + " has no anchor; scan only those in SCANNED.");
    }

    private static boolean digit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static boolean digitRunStart(String text, int i) {
        return digit(text, i) && (i == 0 || !digit(text, i - 1));
    }

    /** A digit after a currency's last character, perhaps with one space between ("US$ 5", "EUR5", "€5"). */
    private static boolean currencyDigit(String text, int i) {
        if (!digit(text, i) || i == 0) {
            return false;
        }
        int before = i - 1;
        if (Character.isWhitespace(text.charAt(before)) && before > 0) {
            before--;
        }
        return "$DdRrBbYy€£¥".indexOf(text.charAt(before)) >= 0;
    }

    /** "of", in any case. */
    private static boolean ofWord(String text, int i) {
        return (text.charAt(i) | 0x20) == 'o' && i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'f';
    }

    /** "day" or "morning", in any case. */
    private static boolean dayWord(String text, int i) {
        char c = (char) (text.charAt(i) | 0x20);
        if (c == 'd') {
            return i + 3 <= text.length() && (text.charAt(i + 1) | 0x20) == 'a' && (text.charAt(i + 2) | 0x20) == 'y';
        }
        return c == 'm' && text.regionMatches(true, i, "morning", 0, 7);
    }

    private static final Pattern DATELINE_BEFORE =
            Pattern.compile("^\\s*[A-Z][A-Za-z .'’/-]{1,30}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?,\\s*$");
    private static final Pattern DATELINE_AFTER =
            Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:/[^/\\n]{1,30}/\\s*)?(?:[-–—]{1,2}|:)");

    /**
     * Whether a date is a dateline's ("BEIJING, Nov 8 (Reuters) -"): the date the story was filed, not the date of an
     * event, so it is not resolved.
     */
    private static boolean dateline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        if (start - lineStart > 70) {
            return false;
        }
        return DATELINE_BEFORE.matcher(text.substring(lineStart, start)).matches()
                && DATELINE_AFTER
                        .matcher(text.substring(end, Math.min(text.length(), end + 60)))
                        .find();
    }

    /** The year a day without one is placed in: "November 7 last year", "February 4 of this year". */
    private static final Pattern NAMED_YEAR = Pattern.compile("^,?\\s+(?:of\\s+)?(last|this|next|that)\\s+year\\b");

    /**
     * A year told earlier in the sentence of a day without one: "Last year, China put ... under control from August 1",
     * "in October 2023 the ministry announced ..., which took effect on 1 December", "On October 9, 2025, ... and on
     * November 7". A year used as an adjective ("its 2023 curbs") is not one.
     */
    private static final Pattern SENTENCE_YEAR = Pattern.compile(
            "\\b(?:(?:in|since|during|from|of)\\s+(?:(?:early|late|mid-?)\\s*)?(?:[A-Z][a-z]{2,8}\\.?\\s+)?"
                    + "|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?,?\\s+)"
                    + "(?<year>(?:19|20)\\d\\d)\\b(?!\\s*(?:-|–)?\\s*[a-z]+\\s+(?:curbs|controls|ban|measures|rules))"
                    + "|\\b(?<last>[Ll]ast year)\\b");

    /** @return the last year told before {@code at} in its sentence, if any */
    private static Optional<Integer> sentenceYear(String text, int at, LocalDate published) {
        int from = Math.max(0, at - 250);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && i + 1 < at
                            && text.charAt(i + 1) == ' '
                            && !(i > 0 && Character.isUpperCase(text.charAt(i - 1))))) {
                from = i + 1;
                break;
            }
        }
        Matcher y = SENTENCE_YEAR.matcher(text).region(from, at);
        Integer year = null;
        while (y.find()) {
            year = y.group("year") != null ? Integer.parseInt(y.group("year")) : published.getYear() - 1;
        }
        return Optional.ofNullable(year);
    }

    private static Optional<LocalDate> absolute(Matcher m, Optional<LocalDate> published, String text) {
        try {
            int day = Integer.parseInt(m.group("day"));
            String monthText = m.group("month");
            int month = monthText.chars().allMatch(Character::isDigit) ? Integer.parseInt(monthText) : month(monthText);
            String yearText = m.group("year");
            if (yearText != null) {
                int year = Integer.parseInt(yearText);
                return exists(year, month, day) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
            }
            if (published.isEmpty() || !exists(published.get().getYear(), month, day)) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(published.get().getYear(), month, day);
            Matcher named = NAMED_YEAR.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            Optional<Integer> told = sentenceYear(text, m.start(), published.get());
            if (named.find() && named.group(1).equals("that")) {
                return told.map(year -> LocalDate.of(year, month, day));
            }
            if (named.find(0)) {
                int shift = switch (named.group(1)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                return Optional.of(date.plusYears(shift));
            }
            if (told.isPresent()) {
                return Optional.of(date.withYear(told.get()));
            }
            if (date.isAfter(published.get().plusMonths(3))) {
                date = date.minusYears(1);
            }
            return Optional.of(date);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the day exists ("February 30" does not): checked first, since a thrown exception costs far more. */
    private static boolean exists(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(java.time.Year.isLeap(year));
    }

    private static int month(String text) {
        String prefix = text.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new NumberFormatException(text);
    }

    private static final Map<String, Integer> NUMBERS =
            Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7);

    private static int days(String n) {
        String lower = n.toLowerCase(Locale.ROOT);
        return NUMBERS.getOrDefault(lower, lower.chars().allMatch(Character::isDigit) ? Integer.parseInt(lower) : 0);
    }

    private static Optional<LocalDate> relative(
            String surface, Optional<LocalDate> published, @Nullable LocalDate anchor) {
        Matcher m = RELATIVE.matcher(surface);
        if (!m.find() || m.start() != 0) {
            return Optional.empty();
        }
        boolean fromAnchor = m.group("same") != null
                || m.group("nextday") != null
                || (m.group("n") != null && !m.group("dir").equalsIgnoreCase("ago"));
        if (fromAnchor) {
            if (anchor == null) {
                return Optional.empty();
            }
            if (m.group("same") != null) {
                return Optional.of(anchor);
            }
            if (m.group("nextday") != null) {
                String which = m.group("nextday").toLowerCase(Locale.ROOT);
                return Optional.of(
                        which.equals("next") || which.equals("following") ? anchor.plusDays(1) : anchor.minusDays(1));
            }
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            int n = days(m.group("n"));
            // "two days later" / "earlier" move from the date told before; "a day after X" dates X, the day before it
            return Optional.of(dir.equals("later") || dir.equals("before") ? anchor.plusDays(n) : anchor.minusDays(n));
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate pub = published.get();
        if (m.group("yesterday") != null) {
            return Optional.of(pub.minusDays(1));
        }
        if (m.group("today") != null) {
            return Optional.of(pub);
        }
        if (m.group("n") != null) {
            return Optional.of(pub.minusDays(days(m.group("n"))));
        }
        String dayName = m.group("lastday") != null
                ? m.group("lastday")
                : m.group("onday") != null ? m.group("onday") : m.group("bareday");
        DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
        LocalDate date = m.group("lastday") != null ? pub.minusDays(1) : pub;
        while (date.getDayOfWeek() != day) {
            date = date.minusDays(1);
        }
        return Optional.of(date);
    }
}
