/**
 * `npm run pack:check [-- <pack.json>]`: validates a pack file, or the CAPG demo pack compiled
 * from src/content when no file is given, and lists every problem with its path.
 */
import { buildDemoPack } from '../content/build-demo-pack';
import { validatePack } from '../shared/pack/validate-pack';
import { printProblems } from './pack-problems';
import { readPackFile } from './read-pack-file';

const file = process.argv[2];
const source = file ?? 'pack de démonstration (src/content)';
const validation = file ? (await readPackFile(file)).validation : validatePack(buildDemoPack());
if (!validation.ok) {
  printProblems(source, validation.problems);
  process.exit(1);
}
const { pack } = validation;
console.log(
  `${source} : valide — version ${pack.meta.version}, ${pack.communes.length} communes, ` +
    `${pack.structures.length} structures, ${pack.services.length} services, ${pack.actions.length} fiches-actions`,
);
