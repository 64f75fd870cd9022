import type { PackProblem } from '../shared/pack/validate-pack';

/** One line per problem, path first, so a long list can be read and grepped. */
export function printProblems(source: string, problems: PackProblem[]): void {
  console.error(`${source} : ${problems.length} problème(s)`);
  for (const { path, message } of problems) console.error(`  ${path || '(pack)'} — ${message}`);
}
