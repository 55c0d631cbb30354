-- CAP 1.2 alerts (central/cap.py, domain/cap.py).
--
-- Every message accepted, once: known by sender, identifier and sent (`message_key`), so the same
-- message twice is found here and changes nothing. `alert_id` is the alert it created or changed
-- (NULL for a Cancel, Ack or Error that named no alert we know); `body` is the message as received,
-- which GET /api/v1/alerts/{{id}}/cap answers for an external alert.
CREATE TABLE cap_messages (
    message_key TEXT PRIMARY KEY,
    alert_id TEXT,
    msg_type TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    body {blob} NOT NULL
);
CREATE INDEX cap_messages_alert ON cap_messages (alert_id);

-- What each message's <references> named, so that an original arriving after its Cancel (feeds
-- deliver out of order) is stored already ended.
CREATE TABLE cap_references (
    message_key TEXT NOT NULL,
    referenced_key TEXT NOT NULL,
    msg_type TEXT NOT NULL,
    PRIMARY KEY (message_key, referenced_key)
);
CREATE INDEX cap_references_referenced ON cap_references (referenced_key);

-- CAP alerts still on that end by themselves at `expires_at` (a sweep records it and drops the row).
CREATE TABLE cap_expiries (
    alert_id TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
);
CREATE INDEX cap_expiries_at ON cap_expiries (expires_at);

-- Plan triggers set by the administrator: an Actual alert of this event type, at least this severe,
-- proposes the plan's operation to the ops officer.
CREATE TABLE cap_triggers (
    id TEXT PRIMARY KEY,
    plan TEXT NOT NULL,
    event TEXT NOT NULL,
    min_severity TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- CAP Atom/RSS feeds the central service polls, set by the administrator (central/cap_feeds.py),
-- and the entries of each already taken (by entry id and its updated time), so that a poll fetches
-- only what is new.
CREATE TABLE cap_feeds (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_polled_at TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cap_feed_entries (
    feed_id TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
);
