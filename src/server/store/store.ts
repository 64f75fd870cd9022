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
