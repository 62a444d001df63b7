-- Version 1: sources, observations, and the datasets they were loaded from.
CREATE TABLE dataset (
    name         VARCHAR PRIMARY KEY,  -- usgs-mcs, eu-crm, curated, ...
    origin       VARCHAR NOT NULL,     -- baseline (bundled) or import (lodestone import)
    content_hash VARCHAR NOT NULL,     -- SHA-256 of the normalised observations
    loaded_at    TIMESTAMP NOT NULL,
    row_count    INTEGER NOT NULL,
    location     VARCHAR NOT NULL      -- where it was loaded from
);

CREATE TABLE source (
    id          VARCHAR PRIMARY KEY,
    publisher   VARCHAR NOT NULL,
    title       VARCHAR NOT NULL,
    url         VARCHAR,
    doi         VARCHAR,
    published   DATE,
    licence     VARCHAR NOT NULL,
    attribution VARCHAR NOT NULL,
    tier        VARCHAR NOT NULL
);

CREATE TABLE observation (
    dataset      VARCHAR NOT NULL,
    mineral      VARCHAR NOT NULL,
    stage        VARCHAR,              -- null when the number belongs to no one stage
    area         VARCHAR NOT NULL,     -- ISO alpha-2, WORLD, OTHER, EU, or a group such as CA+US
    period_start INTEGER NOT NULL,
    period_end   INTEGER NOT NULL,
    metric       VARCHAR NOT NULL,
    series       VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,
    value        DOUBLE,               -- canonical unit; null when withheld, qualitative, a range or a flag only
    unit         VARCHAR,
    flags        VARCHAR NOT NULL,     -- flag ids separated by ';'
    raw          VARCHAR NOT NULL,
    note         VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    locator      VARCHAR NOT NULL,
    method       VARCHAR NOT NULL
);

CREATE INDEX observation_mineral ON observation (mineral);
