/**
 * The statistical part of the news pipeline: sentence-level classification of event type and scope.
 *
 * <p>A sentence is encoded by a small embedding model shipped inside a Maven artifact ({@link MiniLmEncoder}:
 * all-MiniLM-L6-v2, quantised, run in process by ONNX Runtime; no network, no model service) into a unit vector of
 * {@value MiniLmEncoder#DIMENSIONS} numbers, and a {@link SoftmaxClassifier} (multinomial logistic regression) turns the
 * vector into a probability per {@link SentenceLabel}. The classifier's weights are trained reproducibly from the
 * labelled sentences in {@code lodestone/news/classifier/sentences.tsv} by {@link ClassifierTraining} (fixed order,
 * full-batch gradient descent, no randomness) and shipped as {@code classifier.tsv}. See {@code docs/adr/0004-news-annotator-pipeline.md}.
 *
 * <p>Depends on the JDK and langchain4j's in-process embedding model only; no I/O except reading class-path
 * resources (and, in {@link ClassifierTraining#main}, the files it is given).
 */
@NullMarked
package lodestone.news.classify;

import org.jspecify.annotations.NullMarked;
