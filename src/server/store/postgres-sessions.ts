import type pg from 'pg';
import { type PostgresUserRow, postgresUser } from './postgres-users';
import type { Store } from './store';

type SessionMethods = Pick<
  Store,
  'createSession' | 'findSession' | 'touchSession' | 'revokeSession' | 'purgeSessions'
>;

// BIGINT comes back as a string from node-postgres (it may exceed 2^53).
interface SessionRow {
  token_hash: string;
  user_id: string;
  s_territory_id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
}

export function postgresSessions(pool: pg.Pool): SessionMethods {
  return {
    async createSession(s) {
      await pool.query(
        `INSERT INTO sessions (token_hash, user_id, territory_id, created_at, last_used_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [s.tokenHash, s.userId, s.territoryId, s.createdAt, s.lastUsedAt, s.expiresAt],
      );
    },
    async findSession(tokenHash) {
      // One round trip for the session and its user as it is now (role, disabled).
      const { rows } = await pool.query<SessionRow & PostgresUserRow>(
        `SELECT s.token_hash, s.user_id, s.territory_id AS s_territory_id, s.created_at,
                s.last_used_at, s.expires_at, u.*
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        session: {
          tokenHash: row.token_hash,
          userId: row.user_id,
          territoryId: row.s_territory_id,
          createdAt: Number(row.created_at),
          lastUsedAt: Number(row.last_used_at),
          expiresAt: Number(row.expires_at),
        },
        user: postgresUser(row),
      };
    },
    async touchSession(tokenHash, lastUsedAt) {
      // Never moves last use backwards (two requests finishing out of order).
      await pool.query(
        'UPDATE sessions SET last_used_at = $2 WHERE token_hash = $1 AND last_used_at < $2',
        [tokenHash, lastUsedAt],
      );
    },
    async revokeSession(tokenHash) {
      const result = await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
      return result.rowCount === 1;
    },
    async purgeSessions({ expiresBefore, lastUsedBefore }) {
      const result = await pool.query(
        'DELETE FROM sessions WHERE expires_at < $1 OR last_used_at < $2',
        [expiresBefore, lastUsedBefore],
      );
      return result.rowCount ?? 0;
    },
  };
}
