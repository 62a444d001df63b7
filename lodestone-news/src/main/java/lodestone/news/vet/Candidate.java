package lodestone.news.vet;

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
        int neighbourMinerals) {
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
