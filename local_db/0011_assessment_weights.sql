-- The weights of the assessment's score an administrator set (records.AssessmentWeights).
CREATE TABLE assessment_weights (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0
);
