-- Open311 GeoReport v2 (central/open311.py). Posting clients hold an api_key issued by the
-- administrator; only its SHA-256 is kept. A revoked key stays, so its requests keep their origin.
CREATE TABLE open311_keys (
    id TEXT PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- One row per service request filed through Open311: the incident it became and what the incident
-- does not hold. The requester's personal data lives here only, never in `records`, so it never
-- reaches any officer's change feed. A retry under the same idempotency key of the same api key
-- finds the row instead of filing the request again.
CREATE TABLE open311_requests (
    service_request_id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL UNIQUE,
    token TEXT NOT NULL UNIQUE,
    key_id TEXT NOT NULL,
    idempotency_key TEXT,
    payload_hash TEXT NOT NULL,
    service_code TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    address_string TEXT NOT NULL DEFAULT '',
    address_id TEXT NOT NULL DEFAULT '',
    zipcode TEXT NOT NULL DEFAULT '',
    media_url TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{{}}',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    account_id TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX open311_requests_retry ON open311_requests (key_id, idempotency_key);
CREATE INDEX open311_requests_at ON open311_requests (requested_at);
