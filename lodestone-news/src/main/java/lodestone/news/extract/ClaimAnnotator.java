package lodestone.news.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                    + "|(?<metal>\\bmetal\\b)"
                    + "|(?<refining>\\brefined\\b|\\brefining\\b|\\brefiner(?:y|ies|s)?\\b|\\brefines\\b)"
                    + "|(?<processing>\\bprocessed\\b|\\bprocessing\\b|\\bprocesses\\b|\\bprocessors?\\b|\\bseparation\\b"
                    + "|\\bseparated\\b|\\bchemical processing\\b)"
                    + "|(?<mining>\\bmine output\\b|\\bmine production\\b|\\bmine supply\\b|\\bmined\\b|\\bmining\\b"
                    + "|\\bmines\\b|\\bminers?\\b|\\bores?\\b|\\bextraction\\b|\\bextracted\\b)"
                    + "|(?<reserves>\\breserves?\\b)"
                    + "|(?<production>\\bproduc(?:es|ed|ing|tion|er|ers)\\b|\\boutput\\b|\\bmakes\\b)"
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
    /** How far after a share a passive subject is looked for, in characters. */
    private static final int PASSIVE_REACH = 120;

    private static final Pattern OF_ITS = Pattern.compile("\\s*of (?:its|their) ", FLAGS);
    private static final Pattern EARLIER_YEAR = Pattern.compile("\\b(?:in|by) ((?:19|20)\\d{2})\\b", FLAGS);

    private static final java.util.Set<String> RARE_EARTH_ELEMENTS =
            java.util.Set.of("neodymium", "praseodymium", "dysprosium", "terbium", "samarium");

    private final NewsExtractor.Context context;

    ClaimAnnotator(NewsExtractor.Context context) {
        this.context = context;
    }

    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
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
            for (int i = 0; i < percents.size(); i++) {
                Mention pct = percents.get(i);
                int local = pct.start() - sentence.start();
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
                for (Mention c : context.in(sentence.start(), pct.start(), MentionKind.COUNTRY)) {
                    String lead30 = context.text().substring(Math.max(sentence.start(), c.start() - 20), c.start());
                    String tail = context.text().substring(c.end(), Math.min(sentence.end(), c.end() + 60));
                    if (!SOURCE_LEAD.matcher(lead30).find()
                            && !SOURCE_TAIL.matcher(tail).find()) {
                        subject = c;
                    }
                }
                String between =
                        subject == null ? s.substring(0, local) : context.text().substring(subject.end(), pct.start());
                Mention passive = subject == null ? passiveSubject(pct, sentence) : null;
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
                int phraseTo = phraseEnd.find() ? pct.end() + phraseEnd.start() : segmentEnd;
                String finalCountry = country;
                boolean ofAnotherCountry = context.in(pct.end(), phraseTo, MentionKind.COUNTRY).stream()
                        .anyMatch(c ->
                                !c.key().equals(finalCountry) && context.text().startsWith("'s", c.end()));
                if (ofAnotherCountry) {
                    continue; // "100% of the EU's heavy rare earths": a share of one buyer's supply
                }
                if (OF_ITS.matcher(after).lookingAt() && !WORLD.matcher(after).find()) {
                    continue; // "97% of its magnesium": a share of the buyer's own supply
                }
                int yearFrom = i > 0 ? percents.get(i - 1).end() : sentence.start();
                if (percents.size() > 1
                        && earlierYear(context.text().substring(yearFrom, pct.start()), context.published())) {
                    continue; // "in 2010 it mined about 97%": a past figure set against today's
                }
                String shareLead = context.text().substring(Math.max(sentence.start(), pct.start() - 80), pct.start());
                Matcher shareOf = SHARE_OF_BEFORE.matcher(shareLead);
                boolean ofShare = (OF_SHARE.matcher(after).find()
                                && (STAGE.matcher(after).find()
                                        || !context.in(pct.end(), segmentEnd, MentionKind.MINERAL)
                                                .isEmpty()))
                        // "its share of refined germanium is close to 60%": the share's noun phrase told before it
                        || (shareOf.find()
                                && !context.in(
                                                pct.start() - shareLead.length() + shareOf.start(),
                                                pct.start(),
                                                MentionKind.MINERAL)
                                        .isEmpty());
                String mineral;
                String stage;
                if (world || ofShare) {
                    mineral = nearestMineral(pct.end(), segmentEnd, sentence.start(), pct.start());
                    if (mineral == null) {
                        mineral = topicMineral;
                    }
                    int backFrom = subject == null ? sentence.start() : subject.start();
                    if (i > 0) {
                        backFrom = Math.max(backFrom, percents.get(i - 1).end());
                    }
                    stage = stage(context.text(), pct.end(), phraseTo, backFrom, pct.start());
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
                if (stage.equals("magnets") && RARE_EARTH_ELEMENTS.contains(mineral)) {
                    mineral = "rare earths"; // magnets are counted as rare earths, whichever element is named
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

    private @Nullable String nearestMineral(int from, int to, int sentenceStart, int pct) {
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
        return java.util.Arrays.asList(ORDER).indexOf(after)
                        <= java.util.Arrays.asList(ORDER).indexOf(before)
                ? after
                : before;
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
