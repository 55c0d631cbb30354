-- Every login attempt, successful or not: who tried, from which device, and what came of it.
CREATE TABLE login_audit (
    id {serial_pk},
    at TEXT NOT NULL,
    username TEXT NOT NULL,
    officer_id TEXT,
    device_id TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX login_audit_username ON login_audit (username, at);
