-- Packs are immutable: one row per (territory, version), the exact bytes kept.
CREATE TABLE packs (
  seq BIGSERIAL PRIMARY KEY,
  territory_id TEXT NOT NULL,
  version TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  published_at TEXT NOT NULL,
  demo BOOLEAN NOT NULL,
  body BYTEA NOT NULL,
  gzip BYTEA NOT NULL,
  UNIQUE (territory_id, version)
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  territory_id TEXT NOT NULL,
  username TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('worker', 'coordinator', 'admin')),
  organisation TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  UNIQUE (territory_id, username)
);

-- Directory correction reports: a service, a reason code, a day. Nothing about a person.
CREATE TABLE reports (
  id TEXT PRIMARY KEY,
  territory_id TEXT NOT NULL,
  service_id TEXT NOT NULL,
  pack_version TEXT NOT NULL,
  reason TEXT NOT NULL,
  day TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX reports_territory ON reports (territory_id, day);
