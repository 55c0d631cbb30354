-- Indicator readings are many (dozens of series at 1 Hz) and read as time windows, so they get a
-- compact table keyed by (indicator, time); at is REAL epoch seconds, what the charts plot.

CREATE TABLE reading (
    indicator TEXT NOT NULL,
    at REAL NOT NULL,
    value REAL NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (indicator, at)
) WITHOUT ROWID;
