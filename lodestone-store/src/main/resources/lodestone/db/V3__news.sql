-- Version 3: news articles and the events and claims read from them, kept as unverified news records linked to their
-- article. Written and read by lodestone.store.news.NewsArchive.
CREATE TABLE news_article (
    id           VARCHAR PRIMARY KEY,  -- first 16 hex digits of the SHA-256 of the clean text
    name         VARCHAR NOT NULL,     -- file name or last URL segment
    location     VARCHAR NOT NULL,     -- absolute path or URL it was read from
    title        VARCHAR,
    published    DATE,
    content_hash VARCHAR NOT NULL,     -- SHA-256 of the clean text
    extractor    VARCHAR NOT NULL,     -- version of the extraction rules
    ingested_at  TIMESTAMP NOT NULL
);
CREATE TABLE news_record (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,       -- order within the article, from 1
    kind       VARCHAR NOT NULL,       -- event or claim
    type       VARCHAR NOT NULL,       -- event type (agreement, export_control, ...) or claim stage
    summary    VARCHAR NOT NULL,       -- one line for people
    payload    VARCHAR NOT NULL,       -- the record as JSON, in the schema of lodestone extract
    evidence   VARCHAR NOT NULL,       -- the evidence span
    span_start INTEGER NOT NULL,       -- character offsets of the evidence in the clean text
    span_end   INTEGER NOT NULL,
    verdict    VARCHAR NOT NULL,       -- claim verdict or event match at ingest time
    status     VARCHAR NOT NULL,       -- 'unverified' for news records
    PRIMARY KEY (article_id, seq)
);
