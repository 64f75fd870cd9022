// Child of store-durability.test.ts: saves reports one call at a time on the given SQLite file
// and prints each id only once its saveReports call has resolved (acknowledged as durable).
import { openSqliteStore } from '../../../src/server/store/sqlite-store';

const [file, countArg] = process.argv.slice(2);
if (!file || !countArg) throw new Error('usage: durability-child.ts <file> <count>');
const store = openSqliteStore(file);
for (let i = 0; i < Number(countArg); i++) {
  const id = `0190a5b2-0000-7000-8000-${String(i).padStart(12, '0')}`;
  const [result] = await store.saveReports('territoire-a', [
    { id, serviceId: 'caf-lyon', packVersion: 'v1', reason: 'telephone', day: '2025-01-15' },
  ]);
  // stdout is a pipe here, written synchronously on Linux: once this returns, the parent has it.
  if (result?.status === 'accepted') process.stdout.write(`${id}\n`);
}
await store.close();
