/**
 * Deterministic, explainable extraction as a pipeline of small annotators: sentences, mentions (countries, demonyms and
 * heads of state, organisations from a curated gazetteer and company names, minerals, money, shares, dates resolved
 * against the publication date), triggers, the sentence classifier of {@link lodestone.news.classify}, frames, a scope
 * filter, coreference of restatements and share claims, each event and claim with its evidence span and the rule that
 * produced it. Every rule is written down in {@code docs/methods/news.md}; the design is ADR 0004. The same text always
 * gives the same output. {@link lodestone.news.extract.ExtractionLimits} bounds one extraction; the work is linear in
 * the text's length.
 */
@NullMarked
package lodestone.news.extract;

import org.jspecify.annotations.NullMarked;
