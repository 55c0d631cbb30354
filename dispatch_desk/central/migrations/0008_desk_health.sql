-- What each desk last reported of itself (central/maintenance.py): its version, how far its cache has
-- reached in the feed, what it has not sent yet and the conflicts it has not resolved. One row per
-- device, replaced at each report.
CREATE TABLE desk_health (
    device_id TEXT PRIMARY KEY,
    officer_id TEXT NOT NULL,
    version TEXT NOT NULL,
    feed_cursor BIGINT NOT NULL,
    outbox INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    cache_bytes BIGINT,
    client TEXT NOT NULL,
    reported_at TEXT NOT NULL
);

-- The operations-and-maintenance view asks the audit for days (`GET /api/v1/admin/audit?since=&until=`).
CREATE INDEX audit_at ON audit (at);
