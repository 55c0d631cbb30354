-- Bookkeeping of the cache itself: sync cursor, settings, the outbox of unsent mutations, the rows
-- those mutations wrote optimistically, the server versions kept aside meanwhile, and conflicts.
-- Times in these tables are ISO-8601 UTC text: they are few and read by people when debugging.

CREATE TABLE sync_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    since INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);
INSERT INTO sync_cursor (id, since) VALUES (1, 0);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
);

-- One row per unsent mutation; seq keeps the order in which the officer issued them.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    args TEXT NOT NULL,  -- JSON
    client_time TEXT,
    staged_at TEXT NOT NULL
);

-- Which rows each unsent mutation wrote; a row is "pending" while it has an entry here.
CREATE TABLE pending_write (
    mutation_id TEXT NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (mutation_id, entity, key)
) WITHOUT ROWID;
CREATE INDEX pending_write_row ON pending_write (entity, key);

-- The server's version of a row that has pending mutations (data NULL: the row does not exist on
-- the server). seq is the change-feed position that last set it, NULL when captured at staging.
CREATE TABLE shadow (
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT,
    seq INTEGER,
    PRIMARY KEY (entity, key)
) WITHOUT ROWID;

-- What the officer meant to do and why the server refused it; kept until resolved.
CREATE TABLE conflict (
    id TEXT PRIMARY KEY,
    mutation_id TEXT NOT NULL,
    name TEXT NOT NULL,
    args TEXT NOT NULL,  -- JSON
    client_time TEXT,
    outcome TEXT NOT NULL,  -- conflict | rejected
    reason TEXT NOT NULL DEFAULT '',
    entity TEXT,
    state TEXT,  -- JSON of the server state at the time of the answer
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT,  -- reissue | discard
    resolution_reason TEXT
);
CREATE INDEX conflict_open ON conflict (created_at) WHERE resolved_at IS NULL;
