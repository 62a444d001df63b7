package lodestone.news.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Share claims: a country's share of a world total for a mineral at a stage.
 *
 * <p>A percentage (or a fraction in words: "two-thirds", "nine out of ten") is a claim when a country (or a pronoun
 * standing for the country of the sentence before) precedes it, nothing like a project, plant or company stands between
 * them, and either the sentence speaks of the world ("world", "global", "worldwide") or the share reads "of [the]
 * [world's] ... mineral or stage word" with no import, export, demand or capacity word in it (the subject is then global
 * supply: "China processes about 90% of rare earths"). Tariffs, stakes, royalties, import reliance, changes ("cut to 10%
 * from 20%") and project capacities ("up to 10%") are not claims.
 *
 * <p>Round 25d: "of its"/"of their" after a world share stands for the world ("mines 70% of the world's rare earths and
 * refines 90% of their ..."); a range with a unit on both ends is one share at its midpoint ("40% to 43%"); a country
 * of a comparison ("after Indonesia") is no subject; countries "together", a buyer's supply named by its country ("98%
 * of the EU supply"), users' consumption ("used by"), targets and years after publication are no claims; a world share
 * whose phrase names critical minerals before any one mineral is of critical minerals.
 *
 * <p>Round 35a: a share told number first, as a label or a bullet ("70%: China's share of global cobalt refining"), is
 * a claim of the country after the colon; a share of stocks, inventories, warehouses or an exchange's holdings ("91% of
 * aluminium stocks in LME warehouses") is no share of a world supply.
 *
 * <p>The stage is the most specific stage word after the share (else before it, back to the subject): magnets &gt; metal
 * &gt; refining &gt; processing &gt; mining &gt; reserves &gt; production &gt; supply, the order of the labelling guideline.
 */
final class ClaimAnnotator {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** The wordings of claims: world, supply verbs, subjects and what is no share ({@code vocabulary.tsv}). */
    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    private static final Pattern WORLD = VOCABULARY.pattern("claim-world");
    private static final Pattern NOT_A_SHARE = VOCABULARY.pattern("claim-not-a-share");
    private static final Pattern OF_SHARE = Pattern.compile("^\\s*of\\b", FLAGS);
    private static final Pattern NOT_GLOBAL = VOCABULARY.pattern("claim-not-global");
    private static final Pattern NOT_A_SUBJECT = VOCABULARY.pattern("claim-not-a-subject");
    private static final Pattern PRONOUN_SUBJECT = VOCABULARY.pattern("claim-pronoun-subject");
    private static final Pattern SUPPLY_VERB = VOCABULARY.pattern("claim-supply-verb");
    private static final String[] ORDER = {
        "magnets", "metal", "refining", "processing", "mining", "reserves", "production", "supply"
    };
    private static final Pattern STAGE = Pattern.compile(
            "(?<magnets>\\bmagnets?\\b)"
                    + "|(?<metal>(?<!\\bthe )\\bmetal\\b)"
                    + "|(?<refining>\\brefined\\b|\\brefining\\b|\\brefine\\b|\\brefiner(?:y|ies|s)?\\b|\\brefines\\b)"
                    + "|(?<processing>\\bprocessed\\b|\\bprocessing\\b|\\bprocesses\\b|\\bprocessors?\\b|\\bseparation\\b"
                    + "|\\bseparated\\b|\\bchemical processing\\b|\\bprocess\\b|\\benrichment\\b)"
                    + "|(?<mining>\\bmine output\\b|\\bmine production\\b|\\bmine supply\\b|\\bmined\\b|\\bmining\\b"
                    + "|\\bmines\\b|\\bminers?\\b|\\bores?\\b|\\bextraction\\b|\\bextracted\\b)"
                    + "|(?<reserves>\\breserves?\\b)"
                    + "|(?<production>\\bproduc(?:e|es|ed|ing|tion|er|ers)\\b|\\boutput\\b|\\bmakes\\b)"
                    + "|(?<supply>\\bsuppl(?:y|ies|ied)\\b|\\bcontrols?\\b|\\bshare\\b|\\bdominat\\w*)",
            FLAGS);
    /** A second verb phrase of the subject ("and refines", "while it mines"): the words after it tell another share. */
    private static final Pattern NEXT_VERB_PHRASE = Pattern.compile(
            "\\b(?:and|but|while|whereas)\\s+(?:it\\s+|also\\s+|it\\s+also\\s+)?(?:refines|mines|processes|produces|supplies"
                    + "|controls|makes|accounts|holds|provides|dominates)\\b",
            FLAGS);

    private static final Pattern YEAR = Pattern.compile("\\bin ((?:19|20)\\d{2})\\b|\\b(last year)\\b", FLAGS);
    private static final Pattern CLAUSE_END = Pattern.compile(";|,\\s+(?:while|but|whereas|where)\\s", FLAGS);
    /** The end of the share's own noun phrase: "of the world's rare earth ores[, and refines ...]". */
    private static final Pattern PHRASE_END = Pattern.compile(
            "[,;(]|\\s(?:and|while|but|whereas|which|thanks|according|up from|down from|compared|against|versus)\\s",
            FLAGS);
    /** What the share is of, when it is not a supply: "34% tariff", "a 10% stake". */
    private static final Pattern NOT_A_SHARE_AFTER = VOCABULARY.pattern("claim-not-a-share-after");
    /** A country named as the source of a figure, not its subject. */
    private static final Pattern SOURCE_LEAD = Pattern.compile("according to (?:the )?$", FLAGS);

    private static final Pattern SOURCE_TAIL = VOCABULARY.pattern("claim-source-tail");
    /** A share's noun phrase told before its figure: "its share of refined germanium is close to". */
    private static final Pattern SHARE_OF_BEFORE = VOCABULARY.pattern("claim-share-of-before");
    /** A subject told after its share in the passive: "two-thirds of the world's lithium is refined in China". */
    private static final Pattern PASSIVE_SUBJECT = VOCABULARY.pattern("claim-passive-subject");
    /** The words between a share told as a label and its holder: "70%: China's share of ..." (round 35a). */
    private static final Pattern LABEL_LEAD = VOCABULARY.pattern("claim-label-lead");
    /** What follows a label's holder: "'s share of" (round 35a). */
    private static final Pattern LABEL_SHARE = VOCABULARY.pattern("claim-label-share");
    /** How far after a share told as a label its holder is looked for, in characters. */
    private static final int LABEL_REACH = 20;
    /** A share of stocks, inventories, warehouses or an exchange's holdings: no share of a world supply (round 35a). */
    private static final Pattern STOCKS = VOCABULARY.pattern("claim-stocks");
    /** How far after a share a passive subject is looked for, in characters. */
    private static final int PASSIVE_REACH = 120;

    /** What joins the two ends of a range of percentages: "40% to 43%", "70%-80%". */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s?(?:-|–|to)\\s?", FLAGS);
    /** A change told before two percentages, which are then no range: "rose from 20% to 30%". */
    private static final Pattern CHANGE_LEAD = Pattern.compile(
            "\\b(?:from|rais\\w*|increas\\w*|lift\\w*|cut\\w*|reduc\\w*|lower\\w*)\\s+(?:\\S+\\s+){0,2}$", FLAGS);

    private static final String CRITICAL_MINERALS = "critical minerals";
    /** What may follow a stage noun that ends a share's phrase: its end, or a clause told after it. */
    private static final Pattern STAGE_TAIL = Pattern.compile(
            "\\s*(?:capacity\\s*)?(?:[.,;:()]|$|(?:and|while|but|whereas|which|thanks|according|in|last)\\b)", FLAGS);
    /**
     * A country named in a comparison, not as the share's subject: "the second-largest producer after Indonesia",
     * "more than China", "behind Chile". "After" compares only after a rank ("second", "largest", "ranks"); told alone
     * it is a time ("prices rose after Congo, which mines 70% of the world's cobalt, halted exports").
     */
    private static final Pattern COMPARED_LEAD = Pattern.compile(
            "(?:\\b(?:than|behind)|\\b(?:second|third|fourth|fifth|next|largest|biggest|top|ranks?|ranked)\\b[\\w\\s,-]{0,40}?"
                    + "\\bafter)\\s+(?:the\\s+)?$",
            FLAGS);
    /** A buyer's supply named by its country: "98% of the EU supply", "a quarter of US demand". */
    private static final Pattern BUYERS_NOUN =
            Pattern.compile("\\s+(?:supply|supplies|market|demand|imports|consumption|needs|use)\\b", FLAGS);
    /** A year a share is told for: "in 2035", "by 2030". */
    private static final Pattern LATER_YEAR = Pattern.compile("\\b(?:in|by|for) ((?:19|20)\\d{2})\\b", FLAGS);

    private static final Pattern OF_ITS = Pattern.compile("\\s*of (?:its|their) ", FLAGS);
    private static final Pattern EARLIER_YEAR = Pattern.compile("\\b(?:in|by) ((?:19|20)\\d{2})\\b", FLAGS);

    /** The rare-earth elements magnets are made of, counted as "rare earths" in a magnets claim (not every rare earth). */
    private static final Set<String> MAGNET_ELEMENTS =
            Set.of("neodymium", "praseodymium", "dysprosium", "terbium", "samarium");

    private final NewsExtractor.Context context;

    ClaimAnnotator(NewsExtractor.Context context) {
        this.context = context;
    }

    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String topicCountry = null;
        String topicMineral = null;
        int lastClaimSentence = -10;
        Claim lastClaim = null;
        for (Sentence sentence : context.sentences()) {
            String s = sentence.text();
            List<Mention> percents = context.in(sentence.start(), sentence.end(), MentionKind.PERCENT);
            if (percents.isEmpty()) {
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
                continue;
            }
            boolean world = WORLD.matcher(s).find();
            List<String> previousCountries = context.before(sentence)
                    .map(p -> context.countries(p.start(), p.end()))
                    .orElse(List.of());
            double[] shares = shares(percents);
            for (int i = 0; i < percents.size(); i++) {
                Mention pct = percents.get(i);
                if (Double.isNaN(shares[i])) {
                    continue; // "40% to 43%": the range's low end, told with the high end's share
                }
                boolean rangeHigh = i > 0 && Double.isNaN(shares[i - 1]);
                // where the share's words start ("40% to 43%": at the low end) and the share told before it
                int at = rangeHigh ? percents.get(i - 1).start() : pct.start();
                int previous = rangeHigh ? i - 2 : i - 1;
                int local = at - sentence.start();
                String lead = s.substring(Math.max(0, local - 30), local);
                if (NOT_A_SHARE.matcher(lead).find()) {
                    continue;
                }
                if (Double.parseDouble(pct.key()) < 1
                        || NOT_A_SHARE_AFTER
                                .matcher(context.text().substring(pct.end(), sentence.end()))
                                .find()) {
                    continue;
                }
                Mention subject = null;
                for (Mention c : context.in(sentence.start(), at, MentionKind.COUNTRY)) {
                    String lead30 = context.text().substring(Math.max(sentence.start(), c.start() - 20), c.start());
                    String tail = context.text().substring(c.end(), Math.min(sentence.end(), c.end() + 60));
                    if (!SOURCE_LEAD.matcher(lead30).find()
                            && !SOURCE_TAIL.matcher(tail).find()
                            && !COMPARED_LEAD
                                    .matcher(context.text()
                                            .substring(Math.max(sentence.start(), c.start() - 70), c.start()))
                                    .find()) {
                        subject = c;
                    }
                }
                String between =
                        subject == null ? s.substring(0, local) : context.text().substring(subject.end(), at);
                Mention passive = subject == null ? passiveSubject(pct, sentence) : null;
                // "70%: China's share of global cobalt refining": a share told as a label, its holder after it
                Mention label = subject == null && passive == null ? labelSubject(pct, sentence) : null;
                if (label != null) {
                    passive = label;
                }
                if (NOT_A_SUBJECT.matcher(between).find()) {
                    continue;
                }
                String country;
                boolean pronoun = PRONOUN_SUBJECT.matcher(between).find();
                if (passive != null) {
                    country = passive.key();
                } else if (subject == null) {
                    country = topicCountry != null && lastClaimSentence >= sentence.index() - 2
                            ? topicCountry
                            : previousCountries.isEmpty() ? null : previousCountries.get(0);
                    if (!pronoun) {
                        country = null;
                    }
                } else {
                    country = subject.key();
                }
                if (country == null) {
                    continue;
                }
                int segmentEnd = i + 1 < percents.size() ? percents.get(i + 1).start() : sentence.end();
                Matcher clauseEnd = CLAUSE_END.matcher(context.text().substring(pct.end(), segmentEnd));
                if (clauseEnd.find()) {
                    segmentEnd = pct.end() + clauseEnd.start();
                }
                String after = context.text().substring(pct.end(), segmentEnd);
                if (NOT_GLOBAL.matcher(after).find() && !world) {
                    continue;
                }
                Matcher phraseEnd = PHRASE_END.matcher(after);
                boolean ended = phraseEnd.find();
                while (ended
                        && phraseEnd.group().trim().equalsIgnoreCase("and")
                        && stageNounAt(after, phraseEnd.end())) {
                    ended = phraseEnd.find(); // "90% of their separation and refining": one phrase of two stages
                }
                int phraseTo = ended ? pct.end() + phraseEnd.start() : segmentEnd;
                String finalCountry = country;
                boolean ofAnotherCountry = context.in(pct.end(), phraseTo, MentionKind.COUNTRY).stream()
                        .anyMatch(c -> !c.key().equals(finalCountry)
                                && (context.text().startsWith("'s", c.end())
                                        // "98% of the EU supply of rare earths": a share of one buyer's supply
                                        || BUYERS_NOUN
                                                .matcher(context.text().substring(c.end(), phraseTo))
                                                .lookingAt()));
                if (ofAnotherCountry) {
                    continue; // "100% of the EU's heavy rare earths": a share of one buyer's supply
                }
                if (OF_ITS.matcher(after).lookingAt()
                        && !WORLD.matcher(after).find()
                        && !WORLD.matcher(between).find()) {
                    // "97% of its magnesium": a share of the buyer's own supply; but "mines 70% of the world's rare
                    // earths and refines 90% of their ...": the possessive stands for the world's supply told before
                    continue;
                }
                int yearFrom = previous >= 0 ? percents.get(previous).end() : sentence.start();
                if (laterYear(after, context.published())) {
                    continue; // "expects China to supply 60% of refined lithium in 2035": a projection
                }
                if (percents.size() > 1 && earlierYear(context.text().substring(yearFrom, at), context.published())) {
                    continue; // "in 2010 it mined about 97%": a past figure set against today's
                }
                String shareLead = context.text().substring(Math.max(sentence.start(), at - 80), at);
                Matcher shareOf = SHARE_OF_BEFORE.matcher(shareLead);
                boolean shareOfBefore = shareOf.find();
                if (STOCKS.matcher(context.text().substring(pct.end(), phraseTo))
                                .find()
                        || (shareOfBefore
                                && STOCKS.matcher(shareLead.substring(shareOf.start()))
                                        .find())) {
                    continue; // "91% of aluminium stocks in LME warehouses": a share of an exchange's stocks
                }
                boolean ofShare = (label != null
                                && (STAGE.matcher(after).find()
                                        || !context.in(pct.end(), segmentEnd, MentionKind.MINERAL)
                                                .isEmpty()))
                        || (OF_SHARE.matcher(after).find()
                                && (STAGE.matcher(after).find()
                                        || !context.in(pct.end(), segmentEnd, MentionKind.MINERAL)
                                                .isEmpty()))
                        // "its share of refined germanium is close to 60%": the share's noun phrase told before it
                        || (shareOfBefore
                                && !context.in(at - shareLead.length() + shareOf.start(), at, MentionKind.MINERAL)
                                        .isEmpty());
                String mineral;
                String stage;
                if (world || ofShare) {
                    mineral = nearestMineral(pct.end(), segmentEnd, sentence.start(), at, world ? phraseTo : pct.end());
                    if (mineral == null) {
                        mineral = topicMineral;
                    }
                    int backFrom = subject == null ? sentence.start() : subject.start();
                    if (previous >= 0) {
                        backFrom = Math.max(backFrom, percents.get(previous).end());
                    }
                    stage = stage(context.text(), pct.end(), phraseTo, backFrom, at);
                    if (stage == null) {
                        // "Australia mined 37% ..., followed by Chile at around 20%": a later share of the same
                        // sentence
                        // with no stage word of its own is of the stage told for the first
                        stage = lastClaim != null && lastClaimSentence == sentence.index()
                                ? lastClaim.stage()
                                : "supply";
                    }
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
                if (stage.equals("magnets") && MAGNET_ELEMENTS.contains(mineral)) {
                    mineral = "rare earths"; // magnets are counted as rare earths, whichever element is named
                }
                Claim claim = new Claim(
                        country,
                        mineral,
                        stage,
                        shares[i],
                        year(s, context.published()),
                        s,
                        sentence.start(),
                        sentence.end());
                if (seen.add(claim.country() + "|" + claim.mineral() + "|" + claim.stage() + "|" + claim.sharePct())) {
                    out.add(claim);
                }
                lastClaim = claim;
                lastClaimSentence = sentence.index();
                topicCountry = country;
                topicMineral = mineral;
            }
        }
        return out;
    }

    /**
     * Whether a stage word ends the share's phrase at this point ("... separation and refining[, according to]"), not a
     * verb that starts another ("... of the world and refine almost 90% of them").
     */
    private static boolean stageNounAt(String after, int from) {
        Matcher stage = STAGE.matcher(after).region(from, after.length());
        return stage.lookingAt()
                && STAGE_TAIL.matcher(after).region(stage.end(), after.length()).lookingAt();
    }

    /** The country a share is told of after it, in the passive ("... is refined in China"), or {@code null}. */
    private @Nullable Mention passiveSubject(Mention pct, Sentence sentence) {
        int to = Math.min(sentence.end(), pct.end() + PASSIVE_REACH);
        for (Mention c : context.in(pct.end(), to, MentionKind.COUNTRY)) {
            String between = context.text().substring(pct.end(), c.start());
            Matcher m = PASSIVE_SUBJECT.matcher(between);
            return m.lookingAt() && m.end() == between.length() ? c : null;
        }
        return null;
    }

    /**
     * The holder of a share told number first, as a label or a bullet ("70%: China's share of global cobalt refining"),
     * or {@code null}: a country right after the colon and followed by "'s share of".
     */
    private @Nullable Mention labelSubject(Mention pct, Sentence sentence) {
        int to = Math.min(sentence.end(), pct.end() + LABEL_REACH);
        for (Mention c : context.in(pct.end(), to, MentionKind.COUNTRY)) {
            boolean lead = LABEL_LEAD
                    .matcher(context.text().substring(pct.end(), c.start()))
                    .matches();
            boolean share = LABEL_SHARE
                    .matcher(context.text().substring(c.end(), sentence.end()))
                    .lookingAt();
            return lead && share ? c : null;
        }
        return null;
    }

    /**
     * The mineral of a share: the first named after it (to {@code to}), else the last before it. "Critical minerals"
     * are the mineral when the share's own phrase, up to {@code phraseTo}, names them before any one mineral (the
     * caller passes the share's end when the sentence does not speak of the world: "50% of state revenues from
     * licences for critical minerals" is no share of them).
     */
    private @Nullable String nearestMineral(int from, int to, int sentenceStart, int pct, int phraseTo) {
        boolean critical = false;
        for (Mention m : context.in(from, to, MentionKind.MINERAL)) {
            if (!m.key().equals(CRITICAL_MINERALS)) {
                if (critical) {
                    break;
                }
                return m.key();
            }
            critical |= m.start() < phraseTo;
        }
        if (critical) {
            // "90% of global critical mineral processing[, and ... rare earth magnets]": the share's own phrase names
            // critical minerals and no one mineral before them
            return CRITICAL_MINERALS;
        }
        String best = null;
        for (Mention m : context.in(sentenceStart, pct, MentionKind.MINERAL)) {
            if (!m.key().equals("critical minerals")) {
                best = m.key();
            }
        }
        return best;
    }

    /**
     * The most specific stage word around the share: after it (to the next share or clause end) and before it (back to
     * the subject or the previous share); {@code null} when there is none (the caller then decides).
     */
    private static @Nullable String stage(String text, int from, int to, int backFrom, int pct) {
        String afterText = text.substring(from, to);
        Matcher next = NEXT_VERB_PHRASE.matcher(afterText);
        if (next.find()) {
            afterText = afterText.substring(0, next.start()); // "98% of primary gallium and refines 70% of cobalt"
        }
        String beforeText = text.substring(Math.max(Math.min(backFrom, pct), pct - 40), pct);
        Matcher own = NEXT_VERB_PHRASE.matcher(beforeText);
        int ownStart = -1;
        while (own.find()) {
            ownStart = own.start();
        }
        if (ownStart >= 0) {
            beforeText = beforeText.substring(ownStart); // "makes 90% of magnets and mines roughly 70%": mining
        }
        String after = mostSpecific(STAGE.matcher(afterText));
        String before = mostSpecific(STAGE.matcher(beforeText));
        if (after == null && before == null) {
            // "China mined 270,000 tonnes of rare earths last year, about 69% of the world total": the verb further
            // back
            return mostSpecific(STAGE.matcher(text.substring(Math.min(backFrom, pct), pct)));
        }
        // the share's own noun phrase ("of mined output") and the words just before it ("refines about"), the more
        // specific of the two; words further back belong to another share or clause
        if (after == null || before == null) {
            return after == null ? before : after;
        }
        return Arrays.asList(ORDER).indexOf(after) <= Arrays.asList(ORDER).indexOf(before) ? after : before;
    }

    /** Whether the words of a share date it after the year of publication ("... of refined lithium in 2035"). */
    private static boolean laterYear(String after, Optional<LocalDate> published) {
        if (published.isEmpty()) {
            return false;
        }
        Matcher m = LATER_YEAR.matcher(after);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) > published.get().getYear()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text before a share dates it four or more years before publication ("In 2010 it mined ..."). */
    private static boolean earlierYear(String lead, Optional<LocalDate> published) {
        Matcher m = EARLIER_YEAR.matcher(lead);
        int reference = published
                .map(LocalDate::getYear)
                .orElse(LocalDate.now(java.time.ZoneOffset.UTC).getYear());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= reference - 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The share each percentage tells: its own value, or for a range told with a unit on both ends ("40% to 43%",
     * "70%-80%") the midpoint on the high end and {@code NaN} on the low end, which is no share of its own (the labelling
     * guideline's "ranges → midpoint"); a change ("from 20% to 30%") is no range.
     */
    private double[] shares(List<Mention> percents) {
        double[] out = new double[percents.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(percents.get(i).key());
        }
        String text = context.text();
        for (int i = 0; i + 1 < out.length; i++) {
            Mention low = percents.get(i);
            Mention high = percents.get(i + 1);
            if (!Double.isNaN(out[i])
                    && out[i + 1] > out[i]
                    && high.start() - low.end() <= 6
                    && RANGE_JOIN
                            .matcher(text.substring(low.end(), high.start()))
                            .matches()
                    && !CHANGE_LEAD
                            .matcher(text.substring(Math.max(0, low.start() - 30), low.start()))
                            .find()) {
                out[i + 1] = (out[i] + out[i + 1]) / 2;
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    private static @Nullable String mostSpecific(Matcher m) {
        int best = ORDER.length;
        while (m.find()) {
            for (int k = 0; k < ORDER.length; k++) {
                if (m.group(ORDER[k]) != null && k < best) {
                    best = k;
                }
            }
        }
        return best == ORDER.length ? null : ORDER[best];
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
