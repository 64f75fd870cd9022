import type { SearchDoc } from '../../src/shared/search/search-index';
import { seededRandom, typoQueries } from '../fixtures/synthetic-search-docs';

export type QueryKind = 'typo' | 'accents' | 'prefix';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The service the text was made from; null for prefixes, which name no one service. */
  target: string | null;
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The fixed query list, drawn (seeded) from the pack's own names, as a hurried user types them:
 * 30 names with one typo in a word of five letters or more, 15 names without their accents,
 * 15 prefixes (a few words then the start of the next one). Same pack, same list.
 */
export function directoryQueries(services: ReadonlyArray<{ id: string; nom: string }>) {
  const docs: SearchDoc[] = services.map((s) => ({
    id: s.id,
    nom: s.nom,
    description: '',
    structure: '',
    structureType: '',
    communes: '',
    themes: '',
  }));
  const random = seededRandom(11);
  const pick = () => services[Math.floor(random() * services.length)] as (typeof services)[number];
  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (query: BenchQuery) => {
    if (seen.has(query.text) || query.text.length === 0) return false;
    seen.add(query.text);
    queries.push(query);
    return true;
  };

  for (const typo of typoQueries(docs, 60)) {
    if (queries.length === 30) break;
    add({ kind: 'typo', text: typo.query, target: typo.id });
  }
  while (queries.length < 45) {
    const service = pick();
    if (stripAccents(service.nom) === service.nom) continue;
    add({ kind: 'accents', text: stripAccents(service.nom).toLowerCase(), target: service.id });
  }
  while (queries.length < 60) {
    const words = pick()
      .nom.toLowerCase()
      .split(/[\s—,()]+/)
      .filter(Boolean);
    const kept = Math.floor(random() * 3);
    const next = words[kept];
    if (!next || next.length < 4) continue;
    const cut = 3 + Math.floor(random() * Math.min(3, next.length - 3));
    add({
      kind: 'prefix',
      text: [...words.slice(0, kept), next.slice(0, cut)].join(' '),
      target: null,
    });
  }
  return queries;
}
