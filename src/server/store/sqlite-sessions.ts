import type Database from 'better-sqlite3';
import { type SqliteUserRow, sqliteUser } from './sqlite-users';
import type { SessionRecord, Store } from './store';

interface SessionRow {
  token_hash: string;
  user_id: string;
  territory_id: string;
  created_at: number;
  last_used_at: number;
  expires_at: number;
}

type SessionMethods = Pick<
  Store,
  'createSession' | 'findSession' | 'touchSession' | 'revokeSession' | 'purgeSessions'
>;

const toSession = (row: SessionRow): SessionRecord => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  territoryId: row.territory_id,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
});

export function sqliteSessions(db: Database.Database): SessionMethods {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, user_id, territory_id, created_at, last_used_at, expires_at)
     VALUES (@tokenHash, @userId, @territoryId, @createdAt, @lastUsedAt, @expiresAt)`,
  );
  const find = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const findUser = db.prepare<[string], SqliteUserRow>('SELECT * FROM users WHERE id = ?');
  const touch = db.prepare<[number, string, number]>(
    'UPDATE sessions SET last_used_at = ? WHERE token_hash = ? AND last_used_at < ?',
  );
  const revoke = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare<[number, number]>(
    'DELETE FROM sessions WHERE expires_at < ? OR last_used_at < ?',
  );

  return {
    async createSession(session) {
      insert.run(session);
    },
    async findSession(tokenHash) {
      const row = find.get(tokenHash);
      // The user as it is now (role, disabled), not as it was at sign-in.
      const user = row ? findUser.get(row.user_id) : undefined;
      return row && user ? { session: toSession(row), user: sqliteUser(user) } : null;
    },
    async touchSession(tokenHash, lastUsedAt) {
      // Never moves last use backwards (two requests finishing out of order).
      touch.run(lastUsedAt, tokenHash, lastUsedAt);
    },
    async revokeSession(tokenHash) {
      return revoke.run(tokenHash).changes === 1;
    },
    async purgeSessions({ expiresBefore, lastUsedBefore }) {
      return purge.run(expiresBefore, lastUsedBefore).changes;
    },
  };
}
