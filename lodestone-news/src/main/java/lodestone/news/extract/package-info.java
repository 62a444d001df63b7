/**
 * Deterministic, explainable extraction: sentences, mentions (countries and demonyms, organisations from a curated
 * gazetteer, minerals, money, percentages, dates resolved against the publication date), then typed events and share
 * claims with their evidence spans. Every rule is written down in {@code docs/methods/news.md}; no statistical model and
 * no external service is involved, so the same text always gives the same output.
 */
package lodestone.news.extract;
