package lodestone.news.vet;

import java.util.List;

/** Decides the event type of each candidate event of an article that the filter kept. */
public interface TypeChooser {
    /**
     * @param article the candidates of one article, in text order
     * @param probabilities for each candidate, the classifier's probability of each label for its sentence (in the
     *     order of {@code SentenceLabel.values()}), or an empty array when the classifier did not read it
     * @return for each candidate, the schema id of its type
     */
    List<String> types(List<Candidate> article, List<double[]> probabilities);

    /**
     * @return whether it reads the classifier's probabilities (then the classifier also reads the sentences whose
     *     triggers are all strong, which nothing else needs it for)
     */
    default boolean readsProbabilities() {
        return true;
    }

    /** @return the chooser that keeps the type each candidate's trigger gave */
    static TypeChooser triggers() {
        return Triggers.INSTANCE;
    }

    /** The chooser that keeps the type each candidate's trigger gave. */
    enum Triggers implements TypeChooser {
        INSTANCE;

        @Override
        public List<String> types(List<Candidate> article, List<double[]> probabilities) {
            return article.stream().map(Candidate::type).toList();
        }

        @Override
        public boolean readsProbabilities() {
            return false;
        }
    }
}
