import type { UserRecord, UserRole } from './store';

export interface SqliteUserRow {
  id: string;
  territory_id: string;
  username: string;
  name: string;
  role: UserRole;
  organisation: string;
  password_hash: string;
  disabled: number;
}

export function sqliteUser(row: SqliteUserRow): UserRecord {
  return {
    id: row.id,
    territoryId: row.territory_id,
    username: row.username,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    passwordHash: row.password_hash,
    disabled: row.disabled === 1,
  };
}
