-- Incidents get real columns: queues filter and sort over up to a million of them, so every field a
-- queue touches is a column with an index, not JSON. Times are INTEGER microseconds since the Unix
-- epoch (UTC): exact round trip of the wire's ISO times, cheap comparisons, compact indexes.
-- rid is a stable integer rowid so the full-text index and the agency links can join on it.

CREATE TABLE incident (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    source TEXT NOT NULL,
    severity INTEGER NOT NULL,
    status TEXT NOT NULL,
    lon REAL NOT NULL,
    lat REAL NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    grid_cell TEXT,
    street TEXT,
    district TEXT,
    level TEXT NOT NULL DEFAULT 'street',
    reporter TEXT NOT NULL DEFAULT '',
    lead_agency TEXT,
    co_agencies TEXT NOT NULL DEFAULT '[]',  -- JSON list of agency codes
    reported_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    registered_at INTEGER,
    dispatched_at INTEGER,
    accepted_at INTEGER,
    disposed_at INTEGER,
    verified_at INTEGER,
    closed_at INTEGER,
    stage_started_at INTEGER,
    due_at INTEGER,
    deadline INTEGER,
    suspended_at INTEGER,
    suspended_until INTEGER,
    suspended_seconds INTEGER NOT NULL DEFAULT 0,
    resume_status TEXT,
    supervised INTEGER NOT NULL DEFAULT 0,
    return_reason TEXT NOT NULL DEFAULT '',
    merged_into TEXT,
    operation TEXT,
    indicator TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    -- derived on write, so SLA states are plain range conditions at any "now":
    open INTEGER NOT NULL,  -- status is not closed/cancelled
    clock INTEGER NOT NULL,  -- an SLA clock runs: open and not suspended
    near_at INTEGER,  -- due_at minus the category's near-overdue window for the current stage
    pending INTEGER NOT NULL DEFAULT 0
);

-- Queue sorts (each ends in rid implicitly, which gives stable paging).
CREATE INDEX incident_reported ON incident (reported_at);
CREATE INDEX incident_updated ON incident (updated_at);
CREATE INDEX incident_code ON incident (code);
-- Sorting by deadline puts running clocks first (clock DESC), then by due_at; also serves the
-- overdue / near-overdue filters (clock = 1 AND due_at < now).
CREATE INDEX incident_clock_due ON incident (clock DESC, due_at);
-- Common filters, each followed by the default sort.
CREATE INDEX incident_open_reported ON incident (open, reported_at);
CREATE INDEX incident_status_reported ON incident (status, reported_at);
CREATE INDEX incident_category_reported ON incident (category, reported_at);
CREATE INDEX incident_severity_reported ON incident (severity, reported_at);
CREATE INDEX incident_district_reported ON incident (district, reported_at);
CREATE INDEX incident_street_reported ON incident (street, reported_at);
CREATE INDEX incident_grid_reported ON incident (grid_cell, reported_at);
CREATE INDEX incident_lead_reported ON incident (lead_agency, reported_at);
CREATE INDEX incident_source_reported ON incident (source, reported_at);
CREATE INDEX incident_pending ON incident (rid) WHERE pending = 1;
CREATE INDEX incident_supervised ON incident (reported_at) WHERE supervised = 1;

-- Co-agencies, one row per (agency, incident); lead agencies are found through incident_lead_reported.
CREATE TABLE incident_co_agency (
    agency TEXT NOT NULL,
    rid INTEGER NOT NULL REFERENCES incident (rid) ON DELETE CASCADE,
    PRIMARY KEY (agency, rid)
) WITHOUT ROWID;
CREATE INDEX incident_co_agency_rid ON incident_co_agency (rid);

-- Full-text index of title, description, address and code. The column holds text already split by
-- dispatch_desk.store.textsearch: Chinese runs as overlapping character bigrams, Latin words and
-- digits as words; unicode61 then only splits on the spaces. rowid = incident.rid.
CREATE VIRTUAL TABLE incident_fts USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 2');
