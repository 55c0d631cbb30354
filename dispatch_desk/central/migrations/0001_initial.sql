-- The global change sequence: one row, bumped by every write. Writers take its row lock, so
-- sequence numbers commit in order and a reader's cursor never skips a late commit.
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('seq', 0);

-- Every synchronised record, whatever its kind, as its wire dict (codec.to_wire) plus the sequence
-- number of its last write. The change feed reads this table in seq order: it keeps only the latest
-- version of each record, so a client catching up never replays intermediate states.
CREATE TABLE records (
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    seq BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT,
    parent TEXT, -- the incident of an action, the operation of a task or log entry: scope follows it
    PRIMARY KEY (entity, key)
);
CREATE UNIQUE INDEX records_seq ON records (seq);
CREATE INDEX records_entity_seq ON records (entity, seq);
CREATE INDEX records_parent ON records (entity, parent);

-- Entries of one officer's feed only: deletes when a record leaves their scope, and backfilled
-- upserts when their scope grows. Each row has its own sequence number.
CREATE TABLE officer_feed (
    officer_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL,
    PRIMARY KEY (officer_id, seq)
);

CREATE TABLE credentials (
    officer_id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    officer_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX tokens_officer ON tokens (officer_id);

CREATE TABLE mutations (
    id TEXT PRIMARY KEY,
    officer_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    outcome TEXT NOT NULL,
    result TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE audit (
    id {serial_pk},
    at TEXT NOT NULL,
    officer_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    mutation_id TEXT NOT NULL,
    name TEXT NOT NULL,
    args TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL,
    seq BIGINT
);
CREATE INDEX audit_officer ON audit (officer_id, at);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    mime TEXT NOT NULL,
    content {blob} NOT NULL,
    created_at TEXT NOT NULL,
    officer_id TEXT NOT NULL
);
