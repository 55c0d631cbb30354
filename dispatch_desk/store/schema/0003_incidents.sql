-- Incidents get real columns: queues filter and sort over up to a million of them, so every field a
-- queue touches is a column with an index, not JSON. Times are INTEGER microseconds since the Unix
-- epoch (UTC): exact round trip of the wire's ISO times, cheap comparisons, compact indexes.
-- rid is the table's integer key in report-time order: reported_at * 1024 + n (n tells apart
-- incidents reported in the same microsecond). The newest-first queue is then a walk of the table
-- itself, every index (X) is also ordered (X, reported_at), a report-time range is a rid range, and
-- the full-text index (rowid = rid) yields matches newest first and can stop after one page.

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

-- Queue sorts and filters; each index ends in rid implicitly, i.e. in report time, which gives
-- the default order within equal values and stable paging.
CREATE INDEX incident_updated ON incident (updated_at);
CREATE INDEX incident_code ON incident (code);
-- Sorting by deadline lists running clocks first, then suspended, then closed incidents, each by
-- due_at; also serves the open-only filter and the SLA filters (open = 1 AND clock = 1 AND due_at < now).
CREATE INDEX incident_open_clock_due ON incident (open DESC, clock DESC, due_at);
CREATE INDEX incident_status ON incident (status);
CREATE INDEX incident_category ON incident (category);
CREATE INDEX incident_severity ON incident (severity);
CREATE INDEX incident_source ON incident (source);
CREATE INDEX incident_district ON incident (district);
CREATE INDEX incident_street ON incident (street);
CREATE INDEX incident_grid_cell ON incident (grid_cell);
CREATE INDEX incident_lead_agency ON incident (lead_agency);
CREATE INDEX incident_pending ON incident (rid) WHERE pending = 1;
CREATE INDEX incident_supervised ON incident (rid) WHERE supervised = 1;

-- Co-agencies, one row per (agency, incident); lead agencies are found through incident_lead_agency.
CREATE TABLE incident_co_agency (
    agency TEXT NOT NULL,
    rid INTEGER NOT NULL REFERENCES incident (rid) ON DELETE CASCADE,
    PRIMARY KEY (agency, rid)
) WITHOUT ROWID;
CREATE INDEX incident_co_agency_rid ON incident_co_agency (rid);

-- Full-text index of title, description, address and code. The column holds text already split by
-- dispatch_desk.store.textsearch: Chinese runs as overlapping character bigrams, Latin words and
-- digits as words; unicode61 then only splits on the spaces. rowid = incident.rid.
-- Contentless (the terms are derived from the incident's own columns, so they need not be stored
-- twice): half the write time and a third of the size. Removing a row therefore uses the 'delete'
-- command with the terms it was indexed with, recomputed from the row (store/writes.py).
CREATE VIRTUAL TABLE incident_fts USING fts5 (
    terms, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
