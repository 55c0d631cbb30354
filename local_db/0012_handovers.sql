-- Handovers between duty shifts (records.Handover), kept by the incoming shift's id, as the feed brings them.
CREATE TABLE handover (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
