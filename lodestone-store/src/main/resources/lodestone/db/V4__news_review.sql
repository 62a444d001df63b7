-- Version 4: reviewers' decisions on unverified news records (lodestone review): a record is linked to a curated record,
-- or promoted into a draft curated record whose YAML (in the curated format, with its source) is kept here. A decision
-- names the news record by its article and evidence span, so it survives a re-ingest of the same text (which rewrites
-- news_record). Written and read by lodestone.store.news.NewsReview.
CREATE TABLE news_review (
    article_id  VARCHAR NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    kind        VARCHAR NOT NULL,      -- event or claim, as in news_record
    action      VARCHAR NOT NULL,      -- linked or promoted
    record_id   VARCHAR NOT NULL,      -- the curated record linked to, or the draft record's id
    draft       VARCHAR,               -- for promoted: the draft as a curated YAML document; null for linked
    reviewed_on DATE NOT NULL,
    PRIMARY KEY (article_id, span_start, span_end, kind)
);
