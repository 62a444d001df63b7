-- Version 5: editions of recurring publications and the importer of import-source shares.
-- A source may be one edition of a series (mcs-2025, mcs-2026); the store keeps every edition side by side.
ALTER TABLE source ADD COLUMN IF NOT EXISTS edition VARCHAR;
-- The importing country or region of an import-source or sourcing share (US, EU); null for every other metric.
ALTER TABLE observation ADD COLUMN IF NOT EXISTS importer VARCHAR;
-- The USGS dataset is now one per edition: the single 'usgs-mcs' of versions 3 and 4 held the MCS 2025 data release.
INSERT INTO dataset SELECT 'usgs-mcs-2025', origin, content_hash, loaded_at, row_count, location FROM dataset
    WHERE name = 'usgs-mcs';
DELETE FROM dataset WHERE name = 'usgs-mcs';
UPDATE observation SET dataset = 'usgs-mcs-2025' WHERE dataset = 'usgs-mcs';
