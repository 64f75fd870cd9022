/**
 * `npm run pack:publish -- <pack.json>`: validates a pack and publishes it on the deployment's
 * database (the same REPERES_DATA_DIR or REPERES_DATABASE_URL as the running server). Packs are
 * immutable: publishing a version that exists is refused, and earlier packs stay downloadable.
 */
import { loadConfig } from '../server/config';
import { toStoredPack } from '../server/packs/stored-pack';
import { openStore } from '../server/store/open-store';
import { printProblems } from './pack-problems';
import { readPackFile } from './read-pack-file';

const file = process.argv[2];
if (!file) {
  console.error('Usage : npm run pack:publish -- <pack.json>');
  process.exit(2);
}
const { bytes, validation } = await readPackFile(file);
if (!validation.ok) {
  printProblems(file, validation.problems);
  process.exit(1);
}
const config = loadConfig();
const { pack } = validation;
if (pack.territory.id !== config.territoryId) {
  console.error(
    `Ce pack est celui du territoire « ${pack.territory.id} », ce serveur sert « ${config.territoryId} ».`,
  );
  process.exit(1);
}
if (pack.meta.demo && config.production) {
  console.error(
    'Pack de démonstration refusé : NODE_ENV=production ne sert jamais de données de démonstration.',
  );
  process.exit(1);
}
const store = await openStore(config);
try {
  const stored = toStoredPack(config.territoryId, pack, bytes);
  if (!(await store.publishPack(stored))) {
    console.error(
      `La version ${pack.meta.version} est déjà publiée ; un pack publié ne change plus. Changez meta.version.`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Pack ${pack.meta.version} publié (sha256 ${stored.sha256}, ${stored.size} octets, ${stored.gzip.byteLength} gzip).`,
    );
  }
} finally {
  await store.close();
}
