-- Version 6: the version of the knowledge held, one row. Every write transaction of the store adds one to `version`
-- and draws a new random `token`, so a reader that compares the pair with the one it read before knows whether the
-- file changed in between, without reading the knowledge again. The token tells apart two files (or two copies of one
-- file) that reached the same count by different writes.
CREATE TABLE IF NOT EXISTS knowledge_version (version BIGINT NOT NULL, token VARCHAR NOT NULL);
INSERT INTO knowledge_version SELECT 0, CAST(uuid() AS VARCHAR) WHERE NOT EXISTS (SELECT 1 FROM knowledge_version);
