import type { ActivityLog } from '../../shared/logs/activity-log-schema';
import type { Report } from '../../shared/reports/report-schema';
import type { ItemResult } from '../../shared/sync/item-result';

/** What the server keeps of a published pack; body is the exact bytes the sha256 covers. */
export interface StoredPack {
  territoryId: string;
  version: string;
  sha256: string;
  size: number;
  publishedAt: string;
  demo: boolean;
  body: Uint8Array;
  gzip: Uint8Array;
}

export type PackManifest = Omit<StoredPack, 'body' | 'gzip' | 'territoryId'>;

export type UserRole = 'worker' | 'coordinator' | 'admin';

export interface UserRecord {
  id: string;
  territoryId: string;
  username: string;
  name: string;
  role: UserRole;
  organisation: string;
  passwordHash: string;
  disabled: boolean;
}

/** A signed-in device. Only the SHA-256 of the token is kept: a copy of the table opens nothing. */
export interface SessionRecord {
  tokenHash: string;
  userId: string;
  territoryId: string;
  /** Milliseconds since the epoch, from the app's clock. */
  createdAt: number;
  lastUsedAt: number;
  /** The absolute end; the idle end (lastUsedAt + idle timeout) is the app's to compute. */
  expiresAt: number;
}

/** Who sends a batch of logs, and when: the author is always the signed-in user. */
export interface LogBatchContext {
  territoryId: string;
  authorId: string;
  receivedAt: string;
}

/** Position after the last log of a page: logs are ordered by day, then id, both descending. */
export interface LogCursor {
  day: string;
  id: string;
}

export interface LogPage {
  logs: ActivityLog[];
  next: LogCursor | null;
}

export interface LogRevision {
  revision: number;
  authorId: string;
  receivedAt: string;
  log: ActivityLog;
}

/**
 * The one storage interface of the server. Every method resolves only once its writes are
 * durable, so a route can acknowledge what it was given. SQLite and PostgreSQL implement it.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Returns false when that version already exists for the territory (packs are immutable). */
  publishPack(pack: StoredPack): Promise<boolean>;
  /** The newest published pack of the territory (by publication order), demo ones included or not. */
  currentPack(territoryId: string, options: { includeDemo: boolean }): Promise<PackManifest | null>;
  getPack(territoryId: string, version: string): Promise<StoredPack | null>;
  listPacks(territoryId: string): Promise<PackManifest[]>;
  /** Upserts on the client-generated id; one result per report, in order. */
  saveReports(territoryId: string, reports: Report[]): Promise<ItemResult[]>;
  countReports(territoryId: string): Promise<number>;
  findUser(territoryId: string, username: string): Promise<UserRecord | null>;
  /** Creates the user, or updates name, role, organisation and (when given) password. */
  upsertUser(user: Omit<UserRecord, 'passwordHash'> & { passwordHash?: string }): Promise<void>;
  createSession(session: SessionRecord): Promise<void>;
  /** The session and its user as they are now (role, disabled), or null when unknown. */
  findSession(tokenHash: string): Promise<{ session: SessionRecord; user: UserRecord } | null>;
  touchSession(tokenHash: string, lastUsedAt: number): Promise<void>;
  /** Returns false when there was no such session. */
  revokeSession(tokenHash: string): Promise<boolean>;
  /** Deletes sessions ended before these instants (absolute or idle end); returns how many. */
  purgeSessions(before: { expiresBefore: number; lastUsedBefore: number }): Promise<number>;
  /**
   * One result per log, in order, in one transaction: new id or higher revision → accepted
   * (becomes current); lower revision → accepted, kept as history only; same id and revision →
   * duplicate (same content) or conflict (the first is kept); id of another author → rejected.
   */
  saveLogs(context: LogBatchContext, logs: ActivityLog[]): Promise<ItemResult[]>;
  /** The author's current logs (latest revision each, cancelled ones included), newest first. */
  listLogsByAuthor(
    territoryId: string,
    authorId: string,
    page: { limit: number; after?: LogCursor | undefined },
  ): Promise<LogPage>;
  /** Every stored revision of one log, oldest first. */
  listLogRevisions(territoryId: string, id: string): Promise<LogRevision[]>;
  close(): Promise<void>;
}

/** Raised when the database holds migrations this code does not know: never start on it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `La base de données est au schéma ${databaseVersion}, cette version du serveur ne connaît que ` +
        `le schéma ${knownVersion} : mettez le serveur à jour avant de le démarrer.`,
    );
    this.name = 'SchemaTooNewError';
  }
}
