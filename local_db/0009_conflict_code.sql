-- The stable refusal code (domain.workflow_actions.Code) the central service answers a conflict or a
-- rejection with, kept beside its English reason so the desk words the refusal in the officer's
-- language. Conflicts kept before this migration (and answers of an older service) have none: ''.
ALTER TABLE conflict ADD COLUMN code TEXT NOT NULL DEFAULT '';
