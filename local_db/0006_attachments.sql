-- Photos and documents, content-addressed by SHA-256; a file taken on this device is kept until the
-- central service confirms it has it (confirmed_at).

CREATE TABLE attachment (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_at TEXT
);
CREATE INDEX attachment_unconfirmed ON attachment (created_at) WHERE confirmed_at IS NULL;
