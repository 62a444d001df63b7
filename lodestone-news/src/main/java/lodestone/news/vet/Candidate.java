package lodestone.news.vet;

import java.util.Set;

/**
 * A candidate event as the pipeline built it, with the signals the filter reads. Every value is one the pipeline has
 * already computed; nothing here runs a model again.
 *
 * @param type the event type's schema id ({@code export_control}, ...)
 * @param rule the rule that produced it ({@code classifier: agreement 0.62} for a frame the classifier added)
 * @param strong whether its trigger is explicit (a weak one is ambiguous)
 * @param classified whether the classifier read its sentence (only sentences with a weak trigger or no trigger are
 *     read)
 * @param probabilityNone the classifier's P(none) for the sentence, in [0, 1]; 0 when not classified
 * @param probabilityType the classifier's P(the candidate's type) for the sentence, in [0, 1]; 0 when not classified
 * @param sentenceIndex the sentence's position in the article, from 0
 * @param sentenceCount the number of sentences of the article, at least 1
 * @param headline whether the sentence is a headline (the first line, or a line without final punctuation)
 * @param sentence the sentence's text
 * @param clause the candidate's own clause (its trigger's window), or empty
 * @param countries the number of countries among its parties
 * @param organisations the number of organisations among its parties
 * @param minerals the number of its minerals
 * @param ownMinerals whether its minerals are named in its own clause (not borrowed from a neighbour)
 * @param genericMineral whether its only mineral is the generic "critical minerals"
 * @param money whether an amount is tied to it
 * @param date whether it has a day-precise date
 * @param restated whether it absorbed a restatement told in another sentence
 * @param sentenceCountries countries named in its sentence
 * @param sentenceOrganisations organisations named in its sentence
 * @param sentenceMinerals minerals named in its sentence
 * @param neighbourMinerals minerals named in the sentences right before and after its sentence
 * @param signals what the proposal gate reads besides ({@link Signals#NONE} where the pipeline did not give them: it
 *     computes them only for a filter that reads them, {@link CandidateFilter#readsSignals})
 */
public record Candidate(
        String type,
        String rule,
        boolean strong,
        boolean classified,
        double probabilityNone,
        double probabilityType,
        int sentenceIndex,
        int sentenceCount,
        boolean headline,
        String sentence,
        String clause,
        int countries,
        int organisations,
        int minerals,
        boolean ownMinerals,
        boolean genericMineral,
        boolean money,
        boolean date,
        boolean restated,
        int sentenceCountries,
        int sentenceOrganisations,
        int sentenceMinerals,
        int neighbourMinerals,
        Signals signals) {
    /**
     * What the pipeline knows of a candidate beyond the filter's signals, read by the proposal gate of {@code
     * lodestone.news.frame}: the classifier's certainty about the sentence, the frame's parties and minerals (to find
     * restatements of other frames), and whether the headline and lead name them (what the article is about).
     *
     * @param margin the classifier's highest probability for the sentence minus its second, in [0, 1]; 0 when not
     *     classified
     * @param entropy the entropy of the classifier's probabilities divided by its largest possible value, in [0, 1]; 0
     *     when not classified
     * @param parties the frame's parties (country codes and organisation keys)
     * @param minerals the frame's minerals
     * @param partyInLead whether the headline or the lead (the article's first three sentences) names one of its parties
     * @param mineralInLead whether the headline or the lead names one of its minerals
     */
    public record Signals(
            double margin,
            double entropy,
            Set<String> parties,
            Set<String> minerals,
            boolean partyInLead,
            boolean mineralInLead) {
        /** No signals: what a candidate built without them carries. */
        public static final Signals NONE = new Signals(0, 0, Set.of(), Set.of(), false, false);

        public Signals {
            if (!(margin >= 0 && margin <= 1 && entropy >= 0 && entropy <= 1)) {
                throw new IllegalArgumentException(
                        "margin (" + margin + ") and entropy (" + entropy + ") must be in [0, 1].");
            }
            parties = Set.copyOf(parties);
            minerals = Set.copyOf(minerals);
        }

        /**
         * @param probabilities a probability distribution (the classifier's over its labels), or empty
         * @param parties the frame's parties
         * @param minerals the frame's minerals
         * @param partyInLead whether the headline or lead names one of its parties
         * @param mineralInLead whether the headline or lead names one of its minerals
         * @return the signals, the margin and entropy read from the distribution (0 when it is empty)
         */
        public static Signals of(
                double[] probabilities,
                Set<String> parties,
                Set<String> minerals,
                boolean partyInLead,
                boolean mineralInLead) {
            double first = 0;
            double second = 0;
            double entropy = 0;
            for (double p : probabilities) {
                if (p > first) {
                    second = first;
                    first = p;
                } else if (p > second) {
                    second = p;
                }
                entropy -= p > 0 ? p * StrictMath.log(p) : 0;
            }
            double most = probabilities.length > 1 ? StrictMath.log(probabilities.length) : 1;
            return new Signals(
                    Math.min(1, Math.max(0, first - second)),
                    Math.min(1, Math.max(0, entropy / most)),
                    parties,
                    minerals,
                    partyInLead,
                    mineralInLead);
        }
    }

    public Candidate {
        if (sentenceIndex < 0 || sentenceCount <= sentenceIndex) {
            throw new IllegalArgumentException(
                    "sentence index (" + sentenceIndex + ") must be in [0, sentence count (" + sentenceCount + ")).");
        }
        if (!(probabilityNone >= 0 && probabilityNone <= 1 && probabilityType >= 0 && probabilityType <= 1)) {
            throw new IllegalArgumentException(
                    "probabilities (" + probabilityNone + ", " + probabilityType + ") must be in [0, 1].");
        }
    }
}
