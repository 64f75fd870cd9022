import { hashPassword, randomPassword } from '../auth/password';
import type { Store, UserRole } from '../store/store';

export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string;
  name: string;
  role: UserRole;
  organisation: string;
}> = [
  {
    username: 'agent.demo',
    name: 'Agent de démonstration',
    role: 'worker',
    organisation: 'CCAS (démonstration)',
  },
  // A second worker, so that two workers sharing one tablet can be shown.
  {
    username: 'agent2.demo',
    name: 'Agent de démonstration 2',
    role: 'worker',
    organisation: 'Centre social (démonstration)',
  },
  {
    username: 'coordination.demo',
    name: 'Coordination CTG (démonstration)',
    role: 'coordinator',
    organisation: 'CAPG (démonstration)',
  },
  {
    username: 'admin.demo',
    name: 'Administration (démonstration)',
    role: 'admin',
    organisation: 'CAPG (démonstration)',
  },
];

/**
 * A given password is applied at every start. Without one, a new database gets a random
 * password, returned once so that it can be printed; existing accounts keep theirs.
 */
export async function ensureDemoAccounts(
  store: Store,
  territoryId: string,
  givenPassword: string | undefined,
): Promise<{ createdWithPassword?: string }> {
  const missing = [];
  for (const account of DEMO_ACCOUNTS) {
    if (!(await store.findUser(territoryId, account.username))) missing.push(account);
  }
  if (!givenPassword && missing.length === 0) return {};
  const password = givenPassword ?? randomPassword();
  const passwordHash = await hashPassword(password);
  const targets = givenPassword ? DEMO_ACCOUNTS : missing;
  for (const account of targets) {
    await store.upsertUser({
      id: `${territoryId}:${account.username}`,
      territoryId,
      ...account,
      passwordHash,
      disabled: false,
    });
  }
  return givenPassword ? {} : { createdWithPassword: password };
}
