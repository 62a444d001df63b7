package lodestone.news.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import lodestone.news.extract.NewsExtractor.Draft;
import org.jspecify.annotations.Nullable;

/**
 * The coreference stage of {@link NewsExtractor}: frames that restate one action (a headline, a lead, a quote, a recap)
 * are merged into one event, an agreement that sums up others told beside it is dropped, and a frame read only from a
 * title gives way to the body's. Each step reads the frames in text order and changes the frames it merges into.
 */
final class Coreference {
    private Coreference() {}

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();
    /** A definite reference to a measure already told ("the ban", "the freeze", "these curbs"). */
    private static final Pattern DEFINITE_MEASURE = VOCABULARY.pattern("definite-measure");
    /** A definite reference to an {@code other} action already told ("the price floor", "its strategic reserve"). */
    private static final Pattern DEFINITE_ACTION = VOCABULARY.definiteAction();
    /** A definite reference to a deal already told: "the deal", "this agreement", "that stake". */
    private static final Predicate<String> DEFINITE_DEAL = Pattern.compile(
                    "(?is).*\\b(?:the|this|that)\\s+(?:deal|agreement|investment|stake|loan|venture|pact"
                            + "|memorandum|framework|contract|offtake)\\b.*")
            .asMatchPredicate();

    /**
     * A headline or section title restates what the body tells in shorthand ("China hits back at US tariffs with
     * export curbs" over a story about the curbs): a frame read only from a title is dropped when the body holds any
     * frame, and kept only when the title is the article's only word on an action (a headline over a body with no
     * event of its own).
     *
     * @param drafts the frames of an article
     * @return those that are not read from a title alone, or all of them when every one is
     */
    static List<Draft> titles(List<Draft> drafts) {
        boolean bodyTells = drafts.stream().anyMatch(d -> !d.title());
        return drafts.stream().filter(d -> !d.title() || !bodyTells).toList();
    }

    /**
     * Merges frames that restate one action: same type, same parties (and agreement noun), agreeing minerals,
     * compatible dates and amounts. Candidates are looked up by (type, parties), so the work stays linear. Then an
     * agreement naming three or more countries, beside two or more agreements among them, is dropped as their summary.
     *
     * @param drafts the frames of an article, in text order
     * @param gazetteer the organisations' countries, for the parties
     * @return the frames left, each holding what the frames merged into it told
     */
    static List<Draft> merge(List<Draft> drafts, Gazetteer gazetteer) {
        return merge(drafts, gazetteer, -1, 0);
    }

    /**
     * Merges frames that restate one action, as {@link #merge(List, Gazetteer)}, the article's lede (its first sentence
     * of the body, which sums up the story) restating a state's act as a headline does (round 29b; a deal told in the
     * lede and again in the body keeps the old rule, as measured in {@code docs/methods/news.md} section 4).
     *
     * @param drafts the frames of an article, in text order
     * @param gazetteer the organisations' countries, for the parties
     * @param lede the index of the article's lede sentence, or -1
     * @param published the year the article was published, or 0 when unknown: an undated lede tells an act of about
     *     that time
     * @return the frames left, each holding what the frames merged into it told
     */
    static List<Draft> merge(List<Draft> drafts, Gazetteer gazetteer, int lede, int published) {
        List<Draft> out = new ArrayList<>();
        Map<String, List<Draft>> byKey = new HashMap<>();
        for (Draft d : drafts) {
            String key = d.type + "|" + d.noun;
            List<Draft> bucket = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Draft same = restated(d, bucket, gazetteer, lede, published);
            if (same == null) {
                out.add(d);
                bucket.add(d);
            } else {
                absorb(same, d);
            }
        }
        out.removeAll(summaries(out));
        return out;
    }

    /** @return the frame of the bucket (the last eight, latest first) that {@code d} restates, or null */
    private static @Nullable Draft restated(Draft d, List<Draft> bucket, Gazetteer gazetteer, int lede, int published) {
        // measures and `other` actions are kept apart by time: one told again merges only as a headline, in the same
        // sentence, with the same date or by a definite reference ("a 2014 measure and a 2027 one" stay two)
        boolean measure = d.type == EventType.EXPORT_CONTROL
                || d.type == EventType.EXPORT_CONTROL_SUSPENSION
                || d.type == EventType.OTHER;
        Set<String> parties = d.partyKey(gazetteer);
        // whether d's own words restate an action: read once per draft, when a candidate first needs it
        boolean clauseRestates = false;
        boolean clauseRead = false;
        for (int i = bucket.size() - 1; i >= 0 && i >= bucket.size() - 8; i--) {
            Draft o = bucket.get(i);
            Set<String> other = o.partyKey(gazetteer);
            if (!o.headline() && !clauseRead) {
                clauseRestates = d.headline()
                        || DEFINITE_MEASURE.matcher(d.clause).find()
                        || d.clause.transform(DEFINITE_DEAL::test);
                clauseRead = true;
            }
            // a headline or the lede sums the story up: the state's act the body tells after it restates it
            boolean ledeOnly = stateAct(d.type) && !o.headline() && o.sentence.index() == lede;
            boolean summary = o.headline() || (ledeOnly && !ledeOfOtherTime(o, d, published));
            boolean restates = summary || clauseRestates;
            boolean sameParties = other.equals(parties)
                    || (restates && !parties.isEmpty() && other.containsAll(parties))
                    || (restates && !other.isEmpty() && parties.containsAll(other))
                    || (restates && sharesActor(d, parties, other));
            boolean split = (o.rule.endsWith("(one per partner)") || d.rule.endsWith("(one per partner)"))
                    && !other.equals(parties);
            boolean otherYears = !o.years.isEmpty() && !d.years.isEmpty() && Collections.disjoint(o.years, d.years);
            // a follow-up told in the sentence of the measure it follows ("first imposed on February 22 and then
            // extended in June", "suspended exports in February and extended the halt in June") is an action of its
            // own
            boolean followUp = o.sentence.equals(d.sentence) && (followUp(o) || followUp(d));
            boolean listItems = !o.sentence.equals(d.sentence)
                    && !d.rule.endsWith("background of a suspension")
                    && o.listItem()
                    && d.listItem();
            if (sameParties
                    && !split
                    && !(measure && otherYears)
                    && !(d.type == EventType.EXPORT_CONTROL && toldApart(o, d))
                    && !(!measure && toldOfOtherYears(o, d))
                    && !listItems
                    && !followUp
                    && mineralsAgree(o, d)
                    && (o.date == null || d.date == null || o.date.equals(d.date))
                    && (o.money == null || d.money == null || o.money.amount() == d.money.amount())
                    && (!measure
                            || (summary && !o.absorbed)
                            || o.sentence.equals(d.sentence)
                            || (d.date != null && d.date.equals(o.date))
                            || (d.date == null && definite(d).matcher(d.clause).find())
                            || definiteBeforeDated(o, d))) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether a restatement of a state's act and the act it restates share their actor (round 29b): a party of one is a
     * party of the other. A headline, a lede or a definite reference names the act's state and often a party of the
     * telling around it ("Beijing's licensing rule hits Japanese buyers"); the act stays one. Deals are left out: a
     * state's two agreements with other partners share a party and are two.
     */
    private static boolean sharesActor(Draft d, Set<String> parties, Set<String> other) {
        return stateAct(d.type) && !parties.isEmpty() && !other.isEmpty() && !Collections.disjoint(parties, other);
    }

    /**
     * @return whether events of the type are a state's acts, whose actor is one state: a deal's parties are all its
     *     actors, and two deals of one state with other partners are two
     */
    static boolean stateAct(EventType type) {
        return type == EventType.OTHER
                || type == EventType.EXPORT_CONTROL
                || type == EventType.EXPORT_CONTROL_SUSPENSION
                || type == EventType.TARIFF
                || type == EventType.LIST_UPDATE;
    }

    /**
     * A sentence that refers back to an action told just before: its subject is a pronoun or a definite actor ("It
     * committed to a ten-year floor", "The department will lend MP $150 million"), or it names the earlier action
     * ("the same package", "that day", "under it", "in that deal"), or it adds to it ("also").
     */
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^\\W*(?:(?:and|but|then),?\\s+)?(?:it|they|the\\s+(?:department|ministry|agency|government|company|minister"
                    + "|bank|administration|pentagon|commission|fund|budget|package|deal|agreement|framework|plan|lender"
                    + "|regulator|two sides))\\b"
                    + "|\\b(?:the\\s+same|that|this)\\s+(?:day|package|budget|deal|agreement|announcement|framework|plan"
                    + "|programme|program)\\b|\\bunder\\s+(?:it|the\\s+(?:deal|agreement|framework|plan|package))\\b|\\balso\\b",
            Pattern.CASE_INSENSITIVE);

    /** How many sentences back the action a sentence refers to is looked for. */
    private static final int REFERENCE_SENTENCES = 3;

    /**
     * Dates an undated event by the action its sentence refers back to: the nearest dated event of the three sentences
     * before that shares a party ("On July 10 the Pentagon agreed to take a $400 million stake in MP Materials. It also
     * lent the company $150 million": the loan is a part of the July 10 package). The sentence must name no time of its
     * own ({@code other-time}: a month, "earlier", a past year); a year after the referred day is a schedule ("to be
     * operational in 2027"), not another time. Run on the events left after coreference and the filter, so neither
     * reads these dates.
     *
     * @param drafts the frames of an article that become events
     * @param gazetteer the organisations' countries, for the parties
     */
    static void referredDates(List<Draft> drafts, Gazetteer gazetteer) {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(java.util.Comparator.comparingInt(d -> d.sentence.index()));
        for (int i = 0; i < ordered.size(); i++) {
            Draft d = ordered.get(i);
            if (d.date != null || !REFERS_BACK.matcher(d.sentence.text()).find()) {
                continue;
            }
            Set<String> parties = d.partyKey(gazetteer);
            for (int j = i - 1; j >= 0; j--) {
                Draft o = ordered.get(j);
                int distance = d.sentence.index() - o.sentence.index();
                if (distance > REFERENCE_SENTENCES) {
                    break;
                }
                if (distance == 0 || o.date == null || Collections.disjoint(parties, o.partyKey(gazetteer))) {
                    continue;
                }
                if (!otherTime(d.sentence.text(), o.date.getYear())) {
                    d.date = o.date;
                }
                break;
            }
        }
    }

    private static final Pattern OTHER_TIME = VOCABULARY.pattern("other-time");

    /** Whether a sentence names a time other than a year after {@code year}. */
    private static boolean otherTime(String sentence, int year) {
        java.util.regex.Matcher m = OTHER_TIME.matcher(sentence);
        while (m.find()) {
            String word = m.group();
            if (!(word.length() == 4 && word.chars().allMatch(Character::isDigit) && Integer.parseInt(word) > year)) {
                return true;
            }
        }
        return false;
    }

    /** Merges {@code d} into {@code same}, the frame it restates. */
    private static void absorb(Draft same, Draft d) {
        if (same.title() && !d.title()) {
            // the body's words state the action; the title only restates it
            same.sentence = d.sentence;
            same.triggerStart = d.triggerStart;
            same.clause = d.clause;
        }
        same.absorbed = same.absorbed || !same.sentence.equals(d.sentence);
        same.organisations.addAll(d.organisations);
        same.minerals.addAll(d.minerals);
        if (same.money == null) {
            same.money = d.money;
        }
        if (same.budget == null) {
            same.budget = d.budget;
        }
        if (same.date == null) {
            same.date = d.date;
        }
        if (same.title == null) {
            same.title = d.title;
        }
        same.descriptions.addAll(d.descriptions);
        same.years.addAll(d.years);
    }

    /**
     * Whether an act told after the lede is of another time than the lede's news: both name their years (in their words
     * or their dates) and none is shared ("new rules came into force on Thursday" and "under announcements issued in
     * 2025"), or the lede names none and the act's are more than a year from the article's (a lede on a ban's appeal and
     * the ban first imposed eleven years before); or the act names a month other than the lede's date's, or is told as
     * one more ("also", "another", "last year").
     */
    private static boolean ledeOfOtherTime(Draft lede, Draft d, int published) {
        if (ANOTHER_ACT.matcher(d.clause).find()) {
            return true; // "the ministry also shortened ...": an act added to the one the lede tells
        }
        if (d.sentence.index() - lede.sentence.index() > 1
                && POINTS_BACK.matcher(d.sentence.text()).lookingAt()) {
            return true; // "These replaced the old royalty": the act of the sentence before, not the lede's
        }
        Set<String> months = months(d.clause);
        if (!months.isEmpty() && lede.date != null) {
            String month = lede.date.getMonth().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
            if (!months.contains(month)) {
                return true; // "the designation in March" after a lede dated in June
            }
        }
        Set<Integer> act = years(d);
        if (act.isEmpty()) {
            return false;
        }
        Set<Integer> told = years(lede);
        if (!told.isEmpty()) {
            return Collections.disjoint(told, act);
        }
        return published > 0 && act.stream().allMatch(y -> Math.abs(y - published) > 1);
    }

    /** Words that add an act to one told before ("also", "another", "a second"): not a restatement of it. */
    private static final Pattern ANOTHER_ACT = Pattern.compile(
            "\\b(?:also|another|a\\s+second|a\\s+further|(?:last|next)\\s+year)\\b", Pattern.CASE_INSENSITIVE);

    /** A sentence whose subject points back ("These replaced ...", "It also ..."): it tells of the sentence before. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^\\W*(?:(?:and|but|then),?\\s+)?(?:it|they|these|those|this|that)\\b", Pattern.CASE_INSENSITIVE);

    /** @return the years a frame's words name, with its date's */
    private static Set<Integer> years(Draft d) {
        Set<Integer> out = new TreeSet<>(d.years);
        if (d.date != null) {
            out.add(d.date.getYear());
        }
        return out;
    }

    /** @return the agreements naming three or more countries beside two or more agreements among them: summaries */
    private static List<Draft> summaries(List<Draft> drafts) {
        List<Draft> summaries = new ArrayList<>();
        List<Draft> agreements =
                drafts.stream().filter(d -> d.type == EventType.AGREEMENT).toList();
        if (agreements.size() <= 200) {
            for (Draft d : agreements) {
                if (d.countries.size() >= 3) {
                    // a part is an agreement among them: one state's deals in general ("sign a large number of
                    // memorandums") are none, and two deals of one pair are no list of partners
                    long parts = agreements.stream()
                            .filter(o -> o != d && o.countries.size() >= 2 && d.countries.containsAll(o.countries))
                            .map(o -> Set.copyOf(o.countries))
                            .distinct()
                            .count();
                    if (parts >= 2) {
                        summaries.add(d);
                    }
                }
            }
        }
        return summaries;
    }

    /** @return the definite reference a frame of its type makes to an action already told */
    private static Pattern definite(Draft d) {
        return d.type == EventType.OTHER ? DEFINITE_ACTION : DEFINITE_MEASURE;
    }

    /**
     * Whether two deal frames are told of different years: the years each one's words name ("in 2023", "its 2021
     * loan") with the year of its day-precise date, when both have some and none is shared. A background deal recalled
     * beside a new one of the same parties ("the $400 million it invested in 2023" in a story of a 2025 loan) is a
     * second event, not a restatement.
     */
    static boolean toldOfOtherYears(Draft a, Draft b) {
        Set<Integer> first = new TreeSet<>(a.years);
        Set<Integer> second = new TreeSet<>(b.years);
        if (a.date != null) {
            first.add(a.date.getYear());
        }
        if (b.date != null) {
            second.add(b.date.getYear());
        }
        return !first.isEmpty() && !second.isEmpty() && Collections.disjoint(first, second);
    }

    /**
     * Whether an undated measure that refers to itself definitely ("the part that matters is the new licensing
     * requirement on tungsten") is told before the dated telling of the same measure ("on 4 February ... published a
     * notice putting 25 items ... under export control"): a lede or summary ahead of the details, one action. Their
     * minerals must be equal or nested: "that package added five more rare earths" and "the controls imposed on April
     * 4 on seven rare earths" are two measures.
     */
    private static boolean definiteBeforeDated(Draft earlier, Draft later) {
        return earlier.date == null
                && later.date != null
                && (earlier.minerals.containsAll(later.minerals) || later.minerals.containsAll(earlier.minerals))
                && definite(earlier).matcher(earlier.clause).find();
    }

    /** A month's name, capitalised ("May", not the verb "may"): "October", "Oct.", "Sept.". */
    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MeasureSequences.MONTH + "(?![\\w])");
    /** A word before a month that makes it an end or a start of a schedule, not the time of the measure's telling. */
    private static final Pattern SCHEDULE_BEFORE = MeasureSequences.words("\\b(?:until|till|through|to|from|by)\\s*$");
    /** A numbered instrument: "Announcement No. 68", "Notice No 12". */
    private static final Pattern NUMBERED = MeasureSequences.words(
            "\\b(?:announcement|notice|decree|order|circular|regulation|instrument)\\s+(?:No\\.?\\s*|Number\\s+)?(\\d+)\\b");

    /**
     * Whether two export measures of one issuer are told as two by their own words (round 23c): each names the month
     * it was taken in and the months differ ("an April control and an October package", "banned in February ... the
     * ban it brought in last December"), or each names its numbered instrument and the numbers differ ("Announcement
     * No. 46" and "Announcement No. 68"). A month after "until", "from" or "by" is a schedule, not the measure's time;
     * a background phrase is read by its own words (in its rule), another frame by its clause.
     */
    static boolean toldApart(Draft a, Draft b) {
        String first = ownWords(a);
        String second = ownWords(b);
        Set<String> numbers = numbers(first);
        Set<String> others = numbers(second);
        if (!numbers.isEmpty() && !others.isEmpty() && Collections.disjoint(numbers, others)) {
            return true;
        }
        Set<String> months = months(first);
        Set<String> otherMonths = months(second);
        return !months.isEmpty() && !otherMonths.isEmpty() && Collections.disjoint(months, otherMonths);
    }

    /** @return the words a frame tells its measure in: a background phrase's own, or the clause */
    private static String ownWords(Draft d) {
        String background = "export control: background in passing ";
        return d.rule.startsWith(background) ? d.rule.substring(background.length()) : d.clause;
    }

    /** @return the months a text names as a time of the measure, by their first three letters */
    static Set<String> months(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = MONTH_WORD.matcher(text);
        while (m.find()) {
            if (!SCHEDULE_BEFORE
                    .matcher(text.substring(Math.max(0, m.start() - 12), m.start()))
                    .find()) {
                out.add(m.group().substring(0, 3).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** @return the numbers of the instruments a text names */
    private static Set<String> numbers(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Whether the frame is a measure's follow-up (its extension, its replacement) told after it. */
    static boolean followUp(Draft d) {
        return d.rule.startsWith("export control: follow-up") || d.rule.startsWith("export control: extended");
    }

    /**
     * Whether two frames' minerals may be one action's: for export measures, equal, nested, either empty or both rare
     * earths; for other types, either empty or generic ("critical minerals" include each of them), or sharing one.
     */
    static boolean mineralsAgree(Draft a, Draft b) {
        if (a.type == EventType.EXPORT_CONTROL || a.type == EventType.EXPORT_CONTROL_SUSPENSION) {
            return a.minerals.equals(b.minerals)
                    || (a.minerals.contains("rare earths") && b.minerals.contains("rare earths"))
                    || a.minerals.isEmpty()
                    || b.minerals.isEmpty()
                    || a.minerals.containsAll(b.minerals)
                    || b.minerals.containsAll(a.minerals);
        }
        if (a.minerals.isEmpty() || b.minerals.isEmpty()) {
            return true;
        }
        if (a.minerals.equals(NewsExtractor.GENERIC_MINERALS) || b.minerals.equals(NewsExtractor.GENERIC_MINERALS)) {
            return true; // critical minerals in general include each of them: "the agreement" told again with lithium
        }
        for (String m : a.minerals) {
            if (b.minerals.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
