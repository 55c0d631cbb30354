-- One table per record kind of the change feed (entity name = table name). data is the record as
-- codec.to_wire JSON; pending is 1 while unsent mutations wrote the row. Lookups read JSON fields
-- through expression indexes, so the feed can add fields without a migration. Incidents and readings
-- have their own tables (0003, 0004) because queues, search and charts need real columns.

CREATE TABLE region (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX region_parent ON region (json_extract(data, '$.parent'));

CREATE TABLE grid_cell (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX grid_cell_street ON grid_cell (json_extract(data, '$.street'));

CREATE TABLE agency (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE category (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sla_rule (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE officer (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicator (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE alert (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX alert_raised ON alert (json_extract(data, '$.raised_at'));

CREATE TABLE incident_action (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incident_action_incident ON incident_action (json_extract(data, '$.incident_id'), json_extract(data, '$.at'));

CREATE TABLE knowledge_doc (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE operation (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE task (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX task_operation ON task (json_extract(data, '$.operation'));

CREATE TABLE log_entry (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX log_entry_operation ON log_entry (json_extract(data, '$.operation'), json_extract(data, '$.at'));

CREATE TABLE duty_shift (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX duty_shift_starts ON duty_shift (json_extract(data, '$.starts_at'));
