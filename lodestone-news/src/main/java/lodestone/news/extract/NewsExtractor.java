package lodestone.news.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lodestone.news.article.Article;

/**
 * Reads events and share claims from an article with written rules (the rule set is {@link #VERSION}; each rule is
 * described in {@code docs/methods/news.md}).
 *
 * <p><b>Events.</b> Each sentence is searched for trigger phrases of each {@link EventType}. A trigger opens a window:
 * the clause it sits in (clauses end at ";", ", while", ", but", ", and" and ", where"). The event's parties are the
 * countries (names, demonyms, capitals standing for governments) and gazetteer organisations in the window; its
 * minerals are the minerals in the window not negated ("not covering critical minerals"); its amount is the nearest
 * money after the trigger (else before), outside parentheses; its date is the nearest date resolved to a day after the
 * trigger (else before), skipping "until" dates. Hedged triggers ("potential export controls", "refrain from
 * banning") do not fire. Gaps are filled from context by fixed rules: a window without parties that refers back ("the
 * two nations", "its", "the Asian giant") takes the countries of the sentence before; an export measure without
 * minerals takes those of the sentence before; an agreement followed by "The agreements ..." takes that sentence's
 * countries, and one followed by "This move, announced on ..." its date. Events of one type with the same parties (and
 * agreement noun, and overlapping minerals) are merged, the first keeping its evidence.
 *
 * <p><b>Claims.</b> A percentage in a sentence that speaks of the world ("world", "global", "world's") is a claim when a
 * country (or a pronoun standing for the country of the sentence before) precedes it and no project, plant or company
 * stands between them. The mineral is the nearest one after the percentage (else before, else the previous claim's);
 * the stage is the nearest stage word ("mine output", "mined", "refined", "processing", "primary") after it (else
 * before it), and {@code supply} when there is none. A following sentence such as "Indonesia supplied around 10%"
 * inherits mineral and stage. Shares of projects ("up to 10%"), tariffs, stakes and import reliance are not claims.
 */
public final class NewsExtractor {
    /** The version of the rule set, recorded with every stored extraction. */
    public static final String VERSION = "news-rules-1";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(";\\s|,\\s+(?:while|but|whereas|where|and on)\\s|,\\s+and\\s+(?=\\p{Ll})");
    private static final Pattern HEDGE = Pattern.compile(
            "(?:potential|possible|possibly|could|may|might|threat of|future|refrain from|refrain|not to|no)\\s+(?:\\S+\\s+){0,5}$",
            FLAGS);
    private static final Pattern NEGATED_MINERAL = Pattern.compile("(?:not|no longer)\\s+(?:\\S+\\s+){0,2}$", FLAGS);
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(?:the asian giant|the country|the two nations|the two countries|both nations|both countries|the two"
                    + " sides|both sides|the two governments|both governments|its|their|it)\\b",
            FLAGS);
    private static final Pattern PRONOUN_SUBJECT =
            Pattern.compile("\\b(?:it|the country|the asian giant|the nation)\\b", FLAGS);

    private static final Pattern AGREEMENT_NOUN = Pattern.compile(
            "\\b(?:framework|agreements?|memorand(?:um|a|ums)(?: of understanding)?|mous?|pacts?|deals?|accords?)\\b",
            FLAGS);
    private static final Pattern AGREEMENT_VERB = Pattern.compile(
            "\\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|seal(?:s|ed)?|struck|strike|conclud(?:e|es|ed)|announc(?:e|es|ed)"
                    + "|reach(?:ed)?)\\b",
            FLAGS);
    private static final Pattern AGREED_TO = Pattern.compile("\\bagreed to\\b", FLAGS);
    private static final Pattern JOINT_VENTURE =
            Pattern.compile("\\bjoint[- ]venture\\b|\\bpartner(?:ed|s|ing)? with\\b", FLAGS);
    private static final Pattern OFFTAKE = Pattern.compile("\\boff-?take\\b", FLAGS);
    private static final Pattern INVESTMENT = Pattern.compile(
            "\\binvest(?:s|ed|ing)?\\b|\\bequity\\b|\\bletters? of interest\\b|\\bmobili[sz]e\\b|\\bpledge(?:d|s)? of\\b",
            FLAGS);
    private static final Pattern INVESTMENT_NOUN =
            Pattern.compile("\\binvestments?\\b|\\bloans?\\b|\\bfunding\\b", FLAGS);
    private static final Pattern LIST_UPDATE = Pattern.compile(
            "\\bcritical minerals? list\\b|\\blist of critical minerals\\b|\\bcritical raw materials list\\b", FLAGS);
    private static final Pattern LIST_CHANGE =
            Pattern.compile("\\b(?:expan\\w*|includ\\w*|final|add\\w*|publish\\w*|updat\\w*|releas\\w*|new)\\b", FLAGS);
    private static final Pattern EXPORT_CONTROL = Pattern.compile(
            "\\bexport controls?\\b|\\bexport ban\\b|\\bban (?:on|for) (?:the )?exports?\\b|\\bexports? restrictions?\\b"
                    + "|\\brestrictions on exports?\\b|\\blicen[cs]ing (?:requirements?|list|regime)\\b"
                    + "|\\bexport licen[cs]\\w*|\\bexport quotas?\\b|\\bquotas?\\b|\\bsuspended exports\\b"
                    + "|\\bstopping the export\\b|\\bhalt(?:ed|s)? exports\\b|\\bextended the (?:suspension|ban)\\b"
                    + "|\\bcurbs\\b|\\b(?:ship|export)\\s+up to\\s+[\\d,.]+\\s+tonnes\\b",
            FLAGS);
    private static final Pattern QUOTA_CONTEXT =
            Pattern.compile("\\b(?:export\\w*|ship\\w*|regulator|tonnes)\\b", FLAGS);
    private static final Pattern SUSPENSION = Pattern.compile(
            "\\b(?:suspend(?:s|ed|ing)?|paus(?:e|ed|es|ing)|lift(?:s|ed|ing)?|reprieve|general"
                    + " licen[cs]es?|allowing again|allow(?:s|ed)? again|resum(?:e|ed|es|ing))\\b",
            FLAGS);
    private static final Pattern SUSPENDED_OBJECT = Pattern.compile(
            "\\b(?:controls?|ban|measures|curbs|restrictions|rules?|quotas?|licensing|exports?|blacklists?)\\b", FLAGS);
    private static final Pattern NOT_SUSPENSION =
            Pattern.compile("(?:suspend(?:s|ed|ing)?|halt(?:s|ed)?)\\s+(?:exports?|shipments?)\\b", FLAGS);
    private static final Pattern ENTITY_RULE = Pattern.compile("\\b(?:blacklists?|affiliates?|entity list)\\b", FLAGS);
    private static final Pattern TARIFF = Pattern.compile("\\btariffs?\\b", FLAGS);
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:The|These|Those|This|Both)\\s+(?:new\\s+)?(?<what>agreements?|deals?|frameworks?|pacts?|accords?|mous?"
                    + "|memorand\\w*|move|step|announcement)\\b",
            FLAGS);
    private static final Pattern QUOTED_TITLE =
            Pattern.compile("[\"“'‘](?<title>[A-Z][^\"”’]{15,240}?)[.,]?[\"”’'](?![\\p{L}])");
    private static final Pattern APPOSITION = Pattern.compile("^,\\s+(?:a|an)\\s+(?<desc>[^,]{3,100}),");

    private static final Pattern WORLD = Pattern.compile("\\b(?:world|world's|global|globally|worldwide)\\b", FLAGS);
    private static final Pattern NOT_A_SHARE = Pattern.compile(
            "(?:tariff|royalt|owned|stake|hold|content|allowance|import|reliance|growth|rose|fell|increase|decrease|drop"
                    + "|cut|down|up to|halved|from|to)\\W*(?:\\S+\\s+){0,2}$",
            FLAGS);
    private static final Pattern OUTPUT_SHARE = Pattern.compile(
            "\\s*of\\s+(?:the\\s+)?(?:refined|mined|processed|primary)\\s+[\\w\\s-]{0,30}?(?:output|production|supply)\\b",
            FLAGS);
    private static final Pattern NOT_A_SUBJECT =
            Pattern.compile("\\b(?:project|plant|refinery|venture|company|firm|smelter|deposit)s?\\b", FLAGS);
    private static final Pattern SUPPLY_VERB = Pattern.compile(
            "\\b(?:supplied|supplies|produced|produces|producing|mined|mines|accounted for|accounts for|controls|holds"
                    + "|provided|provides)\\b",
            FLAGS);
    private static final Pattern STAGE = Pattern.compile(
            "(?<refining>\\brefined\\b|\\brefining\\b|\\brefiner(?:y|ies)\\b)"
                    + "|(?<processing>\\bprocessed\\b|\\bprocessing\\b|\\bseparation\\b|\\bseparated\\b)"
                    + "|(?<metal>\\bprimary\\b|\\bmetal\\b)"
                    + "|(?<mining>\\bmine output\\b|\\bmine production\\b|\\bmine supply\\b|\\bmined\\b|\\bmining\\b"
                    + "|\\bmines\\b|\\bminers?\\b|\\bore\\b|\\bextraction\\b)"
                    + "|(?<supply>\\bsupply\\b)",
            FLAGS);
    private static final Pattern YEAR = Pattern.compile("\\bin ((?:19|20)\\d{2})\\b|\\b(last year)\\b", FLAGS);

    private final Gazetteer gazetteer;
    private final MentionFinder finder;

    /** @param gazetteer the name lists */
    public NewsExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.finder = new MentionFinder(gazetteer);
    }

    /** @return an extractor with the bundled gazetteer */
    public static NewsExtractor bundled() {
        return new NewsExtractor(Gazetteer.bundled());
    }

    /** @return the gazetteer in use */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param article the article
     * @return its events and claims, with sentences and mentions
     */
    public Extraction extract(Article article) {
        String text = article.text();
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Mention> mentions = finder.find(text, article.published());
        Context context = new Context(text, sentences, mentions, article.published());
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            drafts.addAll(events(context, sentence));
            continuation(context, sentence, drafts);
        }
        List<Draft> merged = merge(drafts);
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) {
            events.add(d.toEvent(gazetteer));
        }
        List<Claim> claims = claims(context);
        return new Extraction(article, sentences, mentions, events, claims, VERSION);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // context

    private record Context(
            String text, List<Sentence> sentences, List<Mention> mentions, Optional<LocalDate> published) {
        List<Mention> in(int start, int end, MentionKind kind) {
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.kind() == kind && m.start() >= start && m.end() <= end) {
                    out.add(m);
                }
            }
            return out;
        }

        List<String> countries(int start, int end) {
            Set<String> out = new LinkedHashSet<>();
            in(start, end, MentionKind.COUNTRY).forEach(m -> out.add(m.key()));
            return List.copyOf(out);
        }

        List<String> partyCountries(int start, int end, Gazetteer gazetteer) {
            Set<String> out = new LinkedHashSet<>(countries(start, end));
            for (Mention org : in(start, end, MentionKind.ORGANISATION)) {
                gazetteer
                        .organisation(org.key())
                        .flatMap(Gazetteer.Organisation::country)
                        .ifPresent(out::add);
            }
            return List.copyOf(out);
        }

        Optional<Sentence> before(Sentence s) {
            return s.index() == 0 ? Optional.empty() : Optional.of(sentences.get(s.index() - 1));
        }

        List<String> minerals(int start, int end) {
            Set<String> out = new LinkedHashSet<>();
            for (Mention m : in(start, end, MentionKind.MINERAL)) {
                String before = text.substring(Math.max(start, m.start() - 30), m.start());
                if (!NEGATED_MINERAL.matcher(before).find()) {
                    out.add(m.key());
                }
            }
            return List.copyOf(out);
        }
    }

    /** An event being built. */
    private static final class Draft {
        EventType type;
        String noun = "";
        Sentence sentence;
        int triggerStart;
        String rule;
        final Set<String> countries = new LinkedHashSet<>();
        final List<Mention> organisations = new ArrayList<>();
        final Set<String> minerals = new LinkedHashSet<>();
        Money money;
        LocalDate date;
        String title;
        final List<String> descriptions = new ArrayList<>();
        boolean mineralsNegated;
        boolean absorbed;

        Set<String> partyKey(Gazetteer gazetteer) {
            Set<String> key = new java.util.TreeSet<>(countries);
            organisations.forEach(o -> gazetteer
                    .organisation(o.key())
                    .flatMap(Gazetteer.Organisation::country)
                    .ifPresent(key::add));
            if (key.isEmpty()) {
                organisations.forEach(o -> key.add(o.key()));
            }
            return key;
        }

        /** @return whether the event was read from a headline (first line, or a line without final punctuation) */
        boolean headline() {
            return sentence.index() == 0 || !sentence.text().matches("(?s).*[.!?\"”’']$");
        }

        Event toEvent(Gazetteer gazetteer) {
            Set<String> orgIds = new LinkedHashSet<>();
            Set<String> allCountries = new LinkedHashSet<>(countries);
            List<String> names = new ArrayList<>();
            for (Mention org : organisations) {
                if (orgIds.add(org.key())) {
                    names.add(org.surface());
                    gazetteer
                            .organisation(org.key())
                            .flatMap(Gazetteer.Organisation::country)
                            .ifPresent(allCountries::add);
                }
            }
            List<String> parties = new ArrayList<>(allCountries);
            parties.addAll(names);
            return new Event(
                    type,
                    parties,
                    List.copyOf(allCountries),
                    List.copyOf(orgIds),
                    List.copyOf(minerals),
                    Optional.ofNullable(money),
                    Optional.ofNullable(date),
                    Optional.ofNullable(title),
                    descriptions,
                    sentence.text(),
                    sentence.start(),
                    sentence.end(),
                    rule);
        }
    }

    private record Trigger(EventType type, int start, int end, String rule, String noun) {}

    // ---------------------------------------------------------------------------------------------------------------
    // events

    private List<Trigger> triggers(String s, Context context, Sentence sentence) {
        List<Trigger> out = new ArrayList<>();
        boolean suspension = false;
        Matcher m = SUSPENSION.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            if (before.contains("not ")
                    || NOT_SUSPENSION.matcher(s.substring(m.start())).lookingAt()) {
                continue;
            }
            if (SUSPENDED_OBJECT.matcher(s).find()) {
                out.add(new Trigger(
                        EventType.EXPORT_CONTROL_SUSPENSION, m.start(), m.end(), "suspension: " + m.group(), ""));
                suspension = true;
                break;
            }
        }
        if (!suspension) {
            m = EXPORT_CONTROL.matcher(s);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if ((word.equals("quota") || word.equals("quotas"))
                        && !QUOTA_CONTEXT.matcher(s).find()) {
                    continue;
                }
                if (HEDGE.matcher(s.substring(Math.max(0, m.start() - 40), m.start()))
                        .find()) {
                    continue;
                }
                boolean already = out.stream().anyMatch(t -> t.type() == EventType.EXPORT_CONTROL);
                if (!already || word.startsWith("extended")) {
                    out.add(new Trigger(
                            EventType.EXPORT_CONTROL, m.start(), m.end(), "export control: " + m.group(), ""));
                }
            }
            collapseExportControls(out);
        }
        m = TARIFF.matcher(s);
        if (m.find()
                && !HEDGE.matcher(s.substring(Math.max(0, m.start() - 40), m.start()))
                        .find()) {
            out.add(new Trigger(EventType.TARIFF, m.start(), m.end(), "tariff: " + m.group(), ""));
        }
        m = LIST_UPDATE.matcher(s);
        if (m.find() && LIST_CHANGE.matcher(s).find()) {
            out.add(new Trigger(EventType.LIST_UPDATE, m.start(), m.end(), "list update: " + m.group(), ""));
        }
        m = JOINT_VENTURE.matcher(s);
        boolean jointVenture = false;
        if (m.find()) {
            out.add(new Trigger(EventType.JOINT_VENTURE, m.start(), m.end(), "joint venture: " + m.group(), ""));
            jointVenture = true;
        }
        m = OFFTAKE.matcher(s);
        if (m.find()) {
            out.add(new Trigger(EventType.OFFTAKE, m.start(), m.end(), "offtake: " + m.group(), ""));
        }
        if (!jointVenture) {
            m = INVESTMENT.matcher(s);
            boolean found = m.find();
            if (!found) {
                m = INVESTMENT_NOUN.matcher(s);
                found = m.find()
                        && !context.in(sentence.start(), sentence.end(), MentionKind.MONEY)
                                .isEmpty();
            }
            if (found) {
                out.add(new Trigger(EventType.INVESTMENT, m.start(), m.end(), "investment: " + m.group(), ""));
            }
        }
        Matcher agreed = AGREED_TO.matcher(s);
        if (agreed.find()) {
            Matcher noun = AGREEMENT_NOUN.matcher(s);
            String nounText = noun.find() ? noun.group() : "agreement";
            out.add(new Trigger(
                    EventType.AGREEMENT, agreed.start(), agreed.end(), "agreement: agreed to", nounClass(nounText)));
        } else {
            Matcher noun = AGREEMENT_NOUN.matcher(s);
            while (noun.find()) {
                String around = s.substring(Math.max(0, noun.start() - 60), Math.min(s.length(), noun.end() + 40));
                int nounAt = noun.start() - Math.max(0, noun.start() - 60);
                Matcher verb = AGREEMENT_VERB.matcher(around);
                boolean near = false;
                while (verb.find()) {
                    if (verb.end() <= nounAt
                            || verb.start() >= nounAt + noun.group().length()) {
                        near = true;
                        break;
                    }
                }
                if (near) {
                    out.add(new Trigger(
                            EventType.AGREEMENT,
                            noun.start(),
                            noun.end(),
                            "agreement: signed " + noun.group(),
                            nounClass(noun.group())));
                    break;
                }
            }
        }
        return out;
    }

    /** "extended the suspension" next to "suspended exports" is a second measure; other repeats are one. */
    private static void collapseExportControls(List<Trigger> triggers) {
        long count = triggers.stream()
                .filter(t -> t.type() == EventType.EXPORT_CONTROL)
                .count();
        if (count > 2) {
            Trigger first = triggers.stream()
                    .filter(t -> t.type() == EventType.EXPORT_CONTROL)
                    .findFirst()
                    .orElseThrow();
            triggers.removeIf(t -> t.type() == EventType.EXPORT_CONTROL && !t.equals(first));
        }
    }

    private static String nounClass(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.startsWith("memorand") || n.startsWith("mou") ? "mou" : "agreement";
    }

    private List<Draft> events(Context context, Sentence sentence) {
        String s = sentence.text();
        List<Draft> out = new ArrayList<>();
        for (Trigger trigger : triggers(s, context, sentence)) {
            int[] window = clause(s, trigger.start());
            int from = sentence.start() + window[0];
            int to = sentence.start() + window[1];
            Draft d = new Draft();
            d.type = trigger.type();
            d.noun = trigger.noun();
            d.sentence = sentence;
            d.triggerStart = sentence.start() + trigger.start();
            d.rule = trigger.rule();
            d.countries.addAll(context.countries(from, to));
            d.organisations.addAll(context.in(from, to, MentionKind.ORGANISATION));
            String clause = context.text().substring(from, to);
            boolean backReference = BACK_REFERENCE.matcher(clause).find();
            if (backReference && from > sentence.start()) {
                d.countries.addAll(context.partyCountries(sentence.start(), from, gazetteer));
            }
            if (backReference || d.partyKey(gazetteer).isEmpty()) {
                context.before(sentence)
                        .ifPresent(prev ->
                                d.countries.addAll(context.partyCountries(prev.start(), prev.end(), gazetteer)));
            }
            d.minerals.addAll(context.minerals(from, to));
            d.mineralsNegated = d.minerals.size()
                    < context.in(from, to, MentionKind.MINERAL).size();
            if (d.minerals.isEmpty() && !d.mineralsNegated) {
                boolean exportMeasure =
                        d.type == EventType.EXPORT_CONTROL || d.type == EventType.EXPORT_CONTROL_SUSPENSION;
                if (exportMeasure && !ENTITY_RULE.matcher(clause).find()) {
                    context.before(sentence)
                            .ifPresent(prev -> d.minerals.addAll(context.minerals(prev.start(), prev.end())));
                } else if (!exportMeasure
                        && d.type != EventType.TARIFF
                        && Pattern.compile("\\bthe (?:project|venture|deposits?)\\b", FLAGS)
                                .matcher(clause)
                                .find()) {
                    d.minerals.addAll(mainMinerals(context));
                } else if (!exportMeasure
                        && d.type != EventType.TARIFF
                        && context.in(sentence.start(), sentence.end(), MentionKind.MINERAL)
                                .isEmpty()) {
                    // a deal sentence that names no mineral at all continues the topic of the sentence before
                    context.before(sentence)
                            .ifPresent(prev -> d.minerals.addAll(context.minerals(prev.start(), prev.end())));
                }
            }
            if (d.type == EventType.INVESTMENT
                    || d.type == EventType.AGREEMENT
                    || d.type == EventType.JOINT_VENTURE
                    || d.type == EventType.OFFTAKE) {
                d.money = money(context, s, sentence.start(), from, to, d.triggerStart)
                        .orElse(null);
            }
            d.date = date(context, sentence, d.triggerStart, d.type == EventType.EXPORT_CONTROL_SUSPENSION)
                    .orElse(null);
            Matcher title = QUOTED_TITLE.matcher(s);
            if (d.type == EventType.AGREEMENT && title.find()) {
                d.title = title.group("title").strip();
            }
            for (Mention org : d.organisations) {
                Matcher apposition = APPOSITION.matcher(context.text()
                        .substring(org.end(), Math.min(context.text().length(), org.end() + 120)));
                if (apposition.find()) {
                    d.descriptions.add(
                            org.key() + "\t" + apposition.group("desc").strip());
                }
            }
            out.addAll(split(d, clause));
        }
        return out;
    }

    /** "signed memorandums with Malaysia and Thailand" or "each signed" are one agreement per partner. */
    private static List<Draft> split(Draft d, String clause) {
        if (d.type != EventType.AGREEMENT || d.countries.size() < 3) {
            return List.of(d);
        }
        boolean several = Pattern.compile(
                        "\\b(?:memorandums|memoranda|mous|agreements|frameworks|pacts|deals)\\b|\\beach\\b", FLAGS)
                .matcher(clause)
                .find();
        if (!several) {
            return List.of(d);
        }
        List<String> countries = new ArrayList<>(d.countries);
        String lead = countries.contains("US") ? "US" : countries.get(0);
        List<Draft> out = new ArrayList<>();
        for (String partner : countries) {
            if (partner.equals(lead)) {
                continue;
            }
            Draft copy = new Draft();
            copy.type = d.type;
            copy.noun = d.noun;
            copy.sentence = d.sentence;
            copy.triggerStart = d.triggerStart;
            copy.rule = d.rule + " (one per partner)";
            copy.countries.add(lead);
            copy.countries.add(partner);
            copy.organisations.addAll(d.organisations);
            copy.minerals.addAll(d.minerals);
            copy.money = d.money;
            copy.date = d.date;
            copy.title = d.title;
            copy.descriptions.addAll(d.descriptions);
            out.add(copy);
        }
        return out;
    }

    private static List<String> mainMinerals(Context context) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Mention m : context.mentions()) {
            if (m.kind() == MentionKind.MINERAL && !m.key().equals("critical minerals")) {
                counts.merge(m.key(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(e -> List.of(e.getKey()))
                .orElse(List.of());
    }

    private static int[] clause(String s, int at) {
        int start = 0;
        int end = s.length();
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    private static Optional<Money> money(Context context, String s, int offset, int from, int to, int trigger) {
        Mention best = null;
        for (Mention m : context.in(from, to, MentionKind.MONEY)) {
            String before = s.substring(0, m.start() - offset);
            boolean inParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
            if (inParentheses) {
                continue;
            }
            if (best == null
                    || (m.start() >= trigger && (best.start() < trigger || m.start() < best.start()))
                    || (m.start() < trigger && best.start() < trigger && m.start() > best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String[] key = best.key().split(" ", -1);
        return Optional.of(new Money(Double.parseDouble(key[1]), key[0], key[2], best.surface()));
    }

    private static Optional<LocalDate> date(Context context, Sentence sentence, int trigger, boolean suspension) {
        Mention after = null;
        Mention before = null;
        for (Mention m : context.in(sentence.start(), sentence.end(), MentionKind.DATE)) {
            if (m.key().isEmpty()) {
                continue;
            }
            String lead = context.text()
                    .substring(Math.max(sentence.start(), m.start() - 7), m.start())
                    .toLowerCase(Locale.ROOT);
            String longLead = context.text()
                    .substring(Math.max(sentence.start(), m.start() - 14), m.start())
                    .toLowerCase(Locale.ROOT);
            if (lead.contains("until")
                    || lead.contains("till")
                    || lead.endsWith("to ")
                    || lead.contains("through")
                    || (suspension && longLead.matches(".*\\b(?:issued|imposed|unveiled|introduced) (?:on|in) $"))) {
                continue;
            }
            if (m.start() >= trigger && after == null) {
                after = m;
            } else if (m.start() < trigger) {
                before = m;
            }
        }
        Mention chosen = after != null ? after : before;
        return chosen == null ? Optional.empty() : Optional.of(LocalDate.parse(chosen.key()));
    }

    /** "The agreements are ... Vietnam, Australia and Japan." and "This move, announced on March 12, 2024". */
    private static void continuation(Context context, Sentence sentence, List<Draft> drafts) {
        Matcher m = CONTINUATION.matcher(sentence.text());
        if (!m.find()) {
            return;
        }
        Draft last = null;
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.type == EventType.AGREEMENT && sentence.index() - d.sentence.index() <= 2) {
                last = d;
                break;
            }
        }
        if (last == null || last.sentence.equals(sentence)) {
            return;
        }
        String what = m.group("what").toLowerCase(Locale.ROOT);
        if (what.endsWith("s") && !what.equals("move") && !what.equals("step") && !what.equals("announcement")) {
            last.countries.addAll(context.countries(sentence.start(), sentence.end()));
        }
        if (last.date == null) {
            Draft target = last;
            context.in(sentence.start(), sentence.end(), MentionKind.DATE).stream()
                    .filter(d -> !d.key().isEmpty())
                    .findFirst()
                    .ifPresent(d -> target.date = LocalDate.parse(d.key()));
        }
    }

    private List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = null;
            for (Draft o : out) {
                boolean measure = d.type == EventType.EXPORT_CONTROL || d.type == EventType.EXPORT_CONTROL_SUSPENSION;
                if (o.type == d.type
                        && o.noun.equals(d.noun)
                        && o.partyKey(gazetteer).equals(d.partyKey(gazetteer))
                        && mineralsAgree(o, d)
                        && (o.date == null || d.date == null || o.date.equals(d.date))
                        && (o.money == null || d.money == null || o.money.amount() == d.money.amount())
                        && (!measure || (o.headline() && !o.absorbed) || o.sentence.equals(d.sentence))) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                same.absorbed = same.absorbed || !same.sentence.equals(d.sentence);
                same.organisations.addAll(d.organisations);
                same.minerals.addAll(d.minerals);
                if (same.money == null) {
                    same.money = d.money;
                }
                if (same.date == null) {
                    same.date = d.date;
                }
                if (same.title == null) {
                    same.title = d.title;
                }
                same.descriptions.addAll(d.descriptions);
            }
        }
        // an agreement naming three or more countries, beside two or more agreements among them, is their summary
        List<Draft> summaries = new ArrayList<>();
        for (Draft d : out) {
            if (d.type == EventType.AGREEMENT && d.countries.size() >= 3) {
                long parts = out.stream()
                        .filter(o -> o != d && o.type == EventType.AGREEMENT && d.countries.containsAll(o.countries))
                        .count();
                if (parts >= 2) {
                    summaries.add(d);
                }
            }
        }
        out.removeAll(summaries);
        out.removeIf(d -> d.partyKey(gazetteer).isEmpty());
        return out;
    }

    private static boolean mineralsAgree(Draft a, Draft b) {
        if (a.type == EventType.EXPORT_CONTROL || a.type == EventType.EXPORT_CONTROL_SUSPENSION) {
            return a.minerals.equals(b.minerals) || a.minerals.isEmpty() || b.minerals.isEmpty();
        }
        if (a.minerals.isEmpty() || b.minerals.isEmpty()) {
            return true;
        }
        for (String m : a.minerals) {
            if (b.minerals.contains(m)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // claims

    private List<Claim> claims(Context context) {
        List<Claim> out = new ArrayList<>();
        String topicCountry = null;
        String topicMineral = null;
        int lastClaimSentence = -10;
        Claim lastClaim = null;
        for (Sentence sentence : context.sentences()) {
            String s = sentence.text();
            List<Mention> percents = context.in(sentence.start(), sentence.end(), MentionKind.PERCENT);
            boolean world = WORLD.matcher(s).find();
            List<String> previousCountries = context.before(sentence)
                    .map(p -> context.countries(p.start(), p.end()))
                    .orElse(List.of());
            for (int i = 0; i < percents.size(); i++) {
                Mention pct = percents.get(i);
                int local = pct.start() - sentence.start();
                String lead = s.substring(Math.max(0, local - 30), local);
                if (NOT_A_SHARE.matcher(lead).find()) {
                    continue;
                }
                Mention subject = null;
                for (Mention c : context.in(sentence.start(), pct.start(), MentionKind.COUNTRY)) {
                    subject = c;
                }
                String between =
                        subject == null ? s.substring(0, local) : context.text().substring(subject.end(), pct.start());
                if (NOT_A_SUBJECT.matcher(between).find()) {
                    continue;
                }
                String country;
                if (subject == null || PRONOUN_SUBJECT.matcher(between).find()) {
                    country = topicCountry != null && lastClaimSentence >= sentence.index() - 2
                            ? topicCountry
                            : previousCountries.isEmpty() ? null : previousCountries.get(0);
                    if (!PRONOUN_SUBJECT.matcher(between).find()) {
                        country = null;
                    }
                } else {
                    country = subject.key();
                }
                if (country == null) {
                    continue;
                }
                int segmentEnd = i + 1 < percents.size() ? percents.get(i + 1).start() : sentence.end();
                int[] clause = clause(s, local);
                segmentEnd = Math.min(segmentEnd, sentence.start() + clause[1]);
                String mineral;
                String stage;
                boolean output = OUTPUT_SHARE
                        .matcher(context.text().substring(pct.end(), segmentEnd))
                        .lookingAt();
                if (world || output) {
                    mineral = nearestMineral(context, pct.end(), segmentEnd, sentence.start(), pct.start());
                    if (mineral == null) {
                        mineral = topicMineral;
                    }
                    stage = stage(
                            context.text(),
                            pct.end(),
                            segmentEnd,
                            subject == null ? sentence.start() : subject.end(),
                            pct.start());
                } else if (lastClaim != null
                        && lastClaimSentence == sentence.index() - 1
                        && subject != null
                        && SUPPLY_VERB.matcher(between).find()) {
                    mineral = lastClaim.mineral();
                    stage = lastClaim.stage();
                } else {
                    continue;
                }
                if (mineral == null) {
                    continue;
                }
                Claim claim = new Claim(
                        country,
                        mineral,
                        stage,
                        Double.parseDouble(pct.key()),
                        year(s, context.published()),
                        s,
                        sentence.start(),
                        sentence.end());
                boolean duplicate = out.stream()
                        .anyMatch(c -> c.country().equals(claim.country())
                                && c.mineral().equals(claim.mineral())
                                && c.stage().equals(claim.stage())
                                && c.sharePct() == claim.sharePct());
                if (!duplicate) {
                    out.add(claim);
                }
                lastClaim = claim;
                lastClaimSentence = sentence.index();
                topicCountry = country;
                topicMineral = mineral;
            }
            if (percents.isEmpty() || lastClaimSentence != sentence.index()) {
                List<String> countries = context.countries(sentence.start(), sentence.end());
                if (!countries.isEmpty() && lastClaimSentence < sentence.index() - 1) {
                    topicCountry = countries.get(0);
                }
                List<String> minerals = context.minerals(sentence.start(), sentence.end()).stream()
                        .filter(m -> !m.equals("critical minerals"))
                        .toList();
                if (!minerals.isEmpty()) {
                    topicMineral = minerals.get(0);
                }
            }
        }
        return out;
    }

    private static String nearestMineral(Context context, int from, int to, int sentenceStart, int pct) {
        for (Mention m : context.in(from, to, MentionKind.MINERAL)) {
            if (!m.key().equals("critical minerals")) {
                return m.key();
            }
        }
        String best = null;
        for (Mention m : context.in(sentenceStart, pct, MentionKind.MINERAL)) {
            if (!m.key().equals("critical minerals")) {
                best = m.key();
            }
        }
        return best;
    }

    private static String stage(String text, int from, int to, int backFrom, int pct) {
        Matcher after = STAGE.matcher(text.substring(from, to));
        if (after.find()) {
            return stageOf(after);
        }
        Matcher before = STAGE.matcher(text.substring(Math.min(backFrom, pct), pct));
        String found = null;
        while (before.find()) {
            found = stageOf(before);
        }
        return found == null ? "supply" : found;
    }

    private static String stageOf(Matcher m) {
        for (String stage : List.of("refining", "processing", "metal", "mining", "supply")) {
            if (m.group(stage) != null) {
                return stage;
            }
        }
        return "supply";
    }

    private static Optional<Integer> year(String s, Optional<LocalDate> published) {
        Matcher m = YEAR.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        return published.map(p -> p.getYear() - 1);
    }
}
