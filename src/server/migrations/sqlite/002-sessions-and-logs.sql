-- Sessions: only the SHA-256 of the token is stored. Instants are milliseconds since the epoch.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  territory_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);
CREATE INDEX sessions_last_used ON sessions (last_used_at);

-- Activity logs: the current revision of each log. body is the canonical JSON of the log
-- (sorted keys), compared byte for byte to tell a redelivery from a conflicting one.
CREATE TABLE activity_logs (
  id TEXT PRIMARY KEY,
  territory_id TEXT NOT NULL,
  author_id TEXT NOT NULL REFERENCES users (id),
  revision INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  day TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX activity_logs_author ON activity_logs (territory_id, author_id, day DESC, id DESC);
CREATE INDEX activity_logs_day ON activity_logs (territory_id, day);

-- Every revision ever received, the current one included: nothing sent is lost.
CREATE TABLE log_revisions (
  id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  territory_id TEXT NOT NULL,
  author_id TEXT NOT NULL REFERENCES users (id),
  schema_version INTEGER NOT NULL,
  cancelled INTEGER NOT NULL,
  day TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (id, revision)
);
