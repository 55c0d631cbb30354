-- Joint command (联动指挥): situation reports, and what the operation workspace reads by operation.
-- Tasks and reports are few per operation: expression indexes find them. The command log holds
-- tens of thousands of entries per operation and is filtered by agency, kind and flags, counted
-- and paged newest first: SQLite (3.40) recomputes an indexed json_extract from the row instead of
-- taking the index's copy, so its filters get virtual generated columns (computed from data, never
-- stored in the table; the feed can still add fields without a migration) and one index over them
-- that answers counts, filters and the order without reading the rows.

CREATE TABLE sitrep (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sitrep_operation ON sitrep (json_extract(data, '$.operation'));

-- By operation, or by operation and agency (a lane of the task board, a liaison's tasks).
DROP INDEX task_operation;
CREATE INDEX task_operation_agency ON task (json_extract(data, '$.operation'), json_extract(data, '$.agency'));

-- at: the wire's ISO-8601 UTC time without its Z, which sorts as text in time order also when one
-- time has fractional seconds and another has none ("…:05" is a prefix of "…:05.25").
-- flags: 1 automatic, 2 significant, 4 struck.
ALTER TABLE log_entry ADD COLUMN operation TEXT GENERATED ALWAYS AS (json_extract(data, '$.operation')) VIRTUAL;
ALTER TABLE log_entry ADD COLUMN at TEXT GENERATED ALWAYS AS (rtrim(json_extract(data, '$.at'), 'Z')) VIRTUAL;
ALTER TABLE log_entry ADD COLUMN kind TEXT GENERATED ALWAYS AS (json_extract(data, '$.kind')) VIRTUAL;
ALTER TABLE log_entry ADD COLUMN agency TEXT GENERATED ALWAYS AS (json_extract(data, '$.agency')) VIRTUAL;
ALTER TABLE log_entry ADD COLUMN flags INTEGER GENERATED ALWAYS AS (
    (json_extract(data, '$.automatic') IS 1)
    + 2 * (json_extract(data, '$.significant') IS 1)
    + 4 * (json_extract(data, '$.struck') IS 1)
) VIRTUAL;
DROP INDEX log_entry_operation;
-- Newest first is a backward walk (key breaks ties of the same instant: every desk pages alike).
CREATE INDEX log_entry_operation_at ON log_entry (operation, at, key, kind, agency, flags);

-- Full-text search over the command log (text and the reason of a strike), split like
-- incident_fts (store/textsearch.py). rowid = log_entry.rowid. Filled from the entries already
-- cached when the cache is next opened (Store.open: its terms version is not yet recorded).
CREATE VIRTUAL TABLE log_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 2');

-- The incidents of an operation: those raised in it (few; most incidents have none), and the open
-- ones inside its area's bounding box (open incidents are a tenth of a big cache; reading each of
-- them to test its position cost 70 ms at 200,000 incidents).
CREATE INDEX incident_operation ON incident (operation) WHERE operation IS NOT NULL;
CREATE INDEX incident_open_position ON incident (lon, lat) WHERE open = 1;
