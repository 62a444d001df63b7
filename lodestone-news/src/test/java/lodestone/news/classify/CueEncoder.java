package lodestone.news.classify;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An encoder that appends to another encoder's vector a few cues read from the sentence's words, each 0 or 1: a modal,
 * future or hedging word; a negation; reported speech; an amount of money; a date; a verb in the past tense; no final
 * stop (a headline). A sentence vector averages its words and blurs these; a classifier reads them directly. Compared
 * out of fold by {@code ClassifierValidation} ({@code -Dcues=true}; not shipped: {@code docs/methods/news.md} §4, round
 * 12a).
 */
public final class CueEncoder implements SentenceEncoder {
    private static final List<Pattern> CUES = List.of(
            Pattern.compile(
                    "\\b(?:would|could|may|might|should|will|plans? to|planning to|intends? to|expected to|considering"
                            + "|proposed|aims? to|seeks? to|likely|possible|potential)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:not|no|never|neither|nor)\\b|n't\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("[\"“”]|\\b(?:said|says|told|according to)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("[$€£¥]|\\b(?:billion|million|yuan|yen|won|euros?|dollars?)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:19|20)\\d\\d|Monday"
                    + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"),
            Pattern.compile("\\b(?:[a-z]{3,}ed|signed|imposed|announced|banned|agreed|made|took|set|put|gave|won)\\b"),
            Pattern.compile("[^.!?\"”’)]\\s*$"));

    private final SentenceEncoder encoder;

    /** @param encoder the encoder whose vector the cues follow */
    public CueEncoder(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** @return the number of cues appended */
    public static int cues() {
        return CUES.size();
    }

    @Override
    public float[] encode(String sentence) {
        return withCues(encoder.encode(sentence), sentence);
    }

    /**
     * @param vector a sentence's vector
     * @param sentence the sentence
     * @return the vector followed by the sentence's cues
     */
    public static float[] withCues(float[] vector, String sentence) {
        float[] out = java.util.Arrays.copyOf(vector, vector.length + CUES.size());
        for (int i = 0; i < CUES.size(); i++) {
            out[vector.length + i] = CUES.get(i).matcher(sentence).find() ? 1f : 0f;
        }
        return out;
    }

    @Override
    public int dimensions() {
        return encoder.dimensions() + CUES.size();
    }
}
