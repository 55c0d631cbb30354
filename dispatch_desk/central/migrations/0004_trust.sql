-- Mutation ids are chosen by each desk: they are unique per officer, so one officer's id can never
-- block another's mutation. The table is rebuilt (SQLite cannot change a primary key in place).
CREATE TABLE mutations_per_officer (
    id TEXT NOT NULL,
    officer_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    name TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    outcome TEXT NOT NULL,
    result TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (officer_id, id)
);
INSERT INTO mutations_per_officer (id, officer_id, device_id, name, payload_hash, outcome, result, received_at)
    SELECT id, officer_id, device_id, name, payload_hash, outcome, result, received_at FROM mutations;
DROP TABLE mutations;
ALTER TABLE mutations_per_officer RENAME TO mutations;

-- The audit trail is hash-chained (central/audit.py): n is the row's position, hash covers the
-- previous row's hash and the row. Rows written before this migration keep n and hash empty.
ALTER TABLE audit ADD COLUMN kind TEXT NOT NULL DEFAULT 'mutation';
ALTER TABLE audit ADD COLUMN client TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN n BIGINT;
ALTER TABLE audit ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_n ON audit (n);
CREATE INDEX audit_mutation ON audit (mutation_id);

-- Sessions: every token of one sign-in shares a family; a refresh token records its successor.
ALTER TABLE tokens ADD COLUMN family TEXT;
ALTER TABLE tokens ADD COLUMN replaced_by TEXT;
CREATE INDEX tokens_family ON tokens (family);

-- Throttling of failed sign-ins, by client, by account and client, and by account (central/auth.py).
CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure DOUBLE PRECISION NOT NULL,
    blocked_until DOUBLE PRECISION NOT NULL
);
