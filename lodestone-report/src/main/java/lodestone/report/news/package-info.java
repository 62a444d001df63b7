/**
 * News: reading articles (files, folders, URLs, posted text or HTML within limits), extracting events and share
 * claims, checking them against the knowledge base, and storing them as unverified records. Shares in claims are
 * percentages as written; references are the knowledge base's fractions shown as percentages.
 */
@NullMarked
package lodestone.report.news;

import org.jspecify.annotations.NullMarked;
