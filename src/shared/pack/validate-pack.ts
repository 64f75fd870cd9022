import * as v from 'valibot';
import { DOMAINS } from '../domains';
import { type Pack, PackSchema } from './pack-schema';

export interface PackProblem {
  /** Where in the pack, as a dotted path ("services.12.telephone"); "" for the whole pack. */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Validates shape first, then the references between sections; reports every problem found. */
export function validatePack(input: unknown): PackValidation {
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({
        path: v.getDotPath(issue) ?? '',
        message: issue.message,
      })),
    };
  }
  const problems = checkReferences(parsed.output);
  return problems.length === 0 ? { ok: true, pack: parsed.output } : { ok: false, problems };
}

function checkReferences(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const communes = new Set(pack.communes.map((c) => c.insee));
  const structures = new Set(pack.structures.map((s) => s.id));

  reportDuplicates(
    'communes',
    pack.communes.map((c) => c.insee),
    problems,
  );
  reportDuplicates(
    'themes',
    pack.themes.map((t) => t.id),
    problems,
  );
  reportDuplicates(
    'structures',
    pack.structures.map((s) => s.id),
    problems,
  );
  reportDuplicates(
    'services',
    pack.services.map((s) => s.id),
    problems,
  );
  reportDuplicates(
    'actions',
    pack.actions.map((a) => a.id),
    problems,
  );
  reportDuplicates(
    'guidance',
    pack.guidance.map((g) => g.id),
    problems,
  );

  for (const domain of DOMAINS) {
    if (!pack.themes.some((t) => t.id === domain)) {
      problems.push({ path: 'themes', message: `le domaine « ${domain} » manque` });
    }
  }
  pack.structures.forEach((s, i) => {
    if (s.adresse && !communes.has(s.adresse.insee)) {
      problems.push({
        path: `structures.${i}.adresse.insee`,
        message: `commune ${s.adresse.insee} absente du pack`,
      });
    }
  });
  pack.services.forEach((s, i) => {
    const at = `services.${i}`;
    if (!structures.has(s.structureId)) {
      problems.push({
        path: `${at}.structureId`,
        message: `structure « ${s.structureId} » inconnue`,
      });
    }
    s.zoneEligibilite.forEach((code, j) => {
      if (code !== pack.territory.epciSiren && !communes.has(code)) {
        problems.push({
          path: `${at}.zoneEligibilite.${j}`,
          message: `${code} n'est ni une commune du pack ni le SIREN du territoire`,
        });
      }
    });
    if (s.adresse && !communes.has(s.adresse.insee)) {
      problems.push({
        path: `${at}.adresse.insee`,
        message: `commune ${s.adresse.insee} absente du pack`,
      });
    }
    if ((s.latitude === undefined) !== (s.longitude === undefined)) {
      problems.push({ path: `${at}.latitude`, message: 'latitude et longitude vont ensemble' });
    }
  });
  return problems;
}

function reportDuplicates(section: string, ids: string[], problems: PackProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((value, i) => {
    if (seen.has(value)) {
      problems.push({ path: `${section}.${i}`, message: `identifiant « ${value} » en double` });
    }
    seen.add(value);
  });
}
