-- Version 2: curated policy records (trade measures, agreements, projects) as versioned YAML documents.
CREATE TABLE curated_document (
    name         VARCHAR PRIMARY KEY,  -- measures.yaml, agreements.yaml
    content      VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    loaded_at    TIMESTAMP NOT NULL
);
