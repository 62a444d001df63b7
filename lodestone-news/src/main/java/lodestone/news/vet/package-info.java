/**
 * The last stage of news extraction: a learned filter over the candidate events the rules and the sentence classifier
 * produced, which keeps those that are real reported actions.
 *
 * <p>Each candidate carries the signals the pipeline already computed ({@link Candidate}: the trigger's strength and
 * rule, the classifier's probabilities, the sentence's position and mentions, whether the frame borrowed its mineral
 * or restates an earlier one). {@link CandidateFeatures} turns them into a fixed vector, a {@link LogisticFilter}
 * (L2-regularised logistic regression, fitted by {@link LogisticFit} in a fixed order with a fixed number of
 * iterations) gives P(real), and candidates under the filter's threshold are dropped. The weights are trained by
 * {@link FilterTraining} from the candidates of the development splits labelled by the scorer's matching, and shipped
 * as {@code lodestone/news/vet/filter.tsv}. See {@code docs/adr/0004-news-annotator-pipeline.md}.
 *
 * <p>Depends on the JDK and the classifier's labels only; no I/O except reading class-path resources (and, in {@link
 * FilterTraining#main}, the files it is given).
 */
@NullMarked
package lodestone.news.vet;

import org.jspecify.annotations.NullMarked;
