/**
 * News articles to typed events and share claims with provenance, and their reconciliation with the knowledge base.
 *
 * <p>The pipeline (see {@code docs/methods/news.md}): {@link lodestone.news.article} reads plain text, HTML or a URL
 * within time and size limits; {@link lodestone.news.extract} finds sentences, mentions (countries, organisations,
 * minerals, money, percentages, dates) and from them events and claims, each with its evidence span, helped by the
 * sentence classifier of {@link lodestone.news.classify};
 * {@link lodestone.news.reconcile} compares them with a {@link lodestone.model.knowledge.KnowledgeSnapshot}.
 *
 * <p>Units: shares in claims are percent as the article states them ({@code sharePct}); the knowledge base's shares
 * are fractions and are converted at the comparison. Money is in the stated currency, with {@code amountUsd} only when
 * the article states US dollars. Dates are {@link java.time.LocalDate}.
 *
 * <p>Dependencies: lodestone-model, lodestone-risk (supply shares), jsoup (HTML cleaning), the JDK's HTTP client and
 * langchain4j's in-process MiniLM embedding model (ONNX Runtime, the model inside the jar; no network).
 * Never the store or the app.
 */
@NullMarked
package lodestone.news;

import org.jspecify.annotations.NullMarked;
