import type { UserRecord, UserRole } from './store';

export interface PostgresUserRow {
  id: string;
  territory_id: string;
  username: string;
  name: string;
  role: UserRole;
  organisation: string;
  password_hash: string;
  disabled: boolean;
}

export const postgresUser = (row: PostgresUserRow): UserRecord => ({
  id: row.id,
  territoryId: row.territory_id,
  username: row.username,
  name: row.name,
  role: row.role,
  organisation: row.organisation,
  passwordHash: row.password_hash,
  disabled: row.disabled,
});
