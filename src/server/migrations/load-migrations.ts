import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered SQL files ("001-initial.sql") of one dialect, in order; gaps are a packaging error. */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = fileURLToPath(new URL(`./${dialect}/`, import.meta.url));
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
      if (!match?.[1] || !match[2]) throw new Error(`Nom de migration invalide : ${file}`);
      return { version: Number(match[1]), name: match[2], sql: readFileSync(dir + file, 'utf8') };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i + 1} manquante (trouvé ${m.version})`);
  });
  return migrations;
}
