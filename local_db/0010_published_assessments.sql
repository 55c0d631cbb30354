-- Assessments the city center published (records.PublishedAssessment), as the feed brings them.
CREATE TABLE assessment (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
