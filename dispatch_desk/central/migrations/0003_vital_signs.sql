-- Watching the vital signs (central/vitals.py): the threshold monitor of each indicator lives here,
-- not in a process, so several instances on one database and a restarted one agree on it.
CREATE TABLE vital_monitors (
    indicator TEXT PRIMARY KEY,
    level INTEGER NOT NULL DEFAULT 0, -- 0 normal, 1 warn, 2 alarm (domain.alerting.Level)
    pending INTEGER, -- the level the value is heading for, not yet held for the minimum duration
    pending_since TEXT,
    last_at TEXT, -- the newest reading observed: older or replayed readings do not move the monitor
    step DOUBLE PRECISION, -- seconds between the last two readings (the indicator's cadence)
    warn_alert TEXT, -- ids of the open alerts this monitor raised
    alarm_alert TEXT,
    forecast_alert TEXT,
    forecast_level TEXT, -- "warn" or "alarm": which threshold the open forecast alert predicts
    forecast_slot BIGINT -- the five-minute slot of the last early-warning check
);

-- Fifteen-minute sums of each indicator's readings, kept for the early-warning forecast, so fitting
-- it reads ~800 rows whatever the sensors' cadence.
CREATE TABLE vital_buckets (
    indicator TEXT NOT NULL,
    slot BIGINT NOT NULL, -- epoch seconds // 900
    total DOUBLE PRECISION NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (indicator, slot)
);
