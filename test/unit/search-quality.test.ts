import { describe, expect, it } from 'vitest';
import { buildDemoPack } from '../../src/content/build-demo-pack';
import type { Pack } from '../../src/shared/pack/pack-schema';
import { indexTerms } from '../../src/shared/search/normalize';
import {
  buildSearchIndex,
  type SearchDoc,
  searchServices,
} from '../../src/shared/search/search-index';
import { syntheticSearchDocs, typoQueries } from '../fixtures/synthetic-search-docs';

/** A few structure types as the app shows them; the others are searched by their id. */
const TYPE_LABELS: Record<string, string> = {
  eaje: 'Crèche (EAJE)',
  laep: "Lieu d'accueil enfants-parents",
  'relais-petite-enfance': 'Relais petite enfance',
  'mediation-familiale': 'Médiation familiale',
  'epicerie-solidaire': 'Épicerie solidaire',
  'point-information-jeunesse': 'Point information jeunesse',
};

/** What the app will hand the index: ids resolved to names and labels. */
function searchDocs(pack: Pack): SearchDoc[] {
  const structures = new Map(pack.structures.map((s) => [s.id, s]));
  const communes = new Map(pack.communes.map((c) => [c.insee, c.name]));
  const themes = new Map(pack.themes.map((t) => [t.id, t.label]));
  return pack.services.map((s) => {
    const structure = structures.get(s.structureId);
    const zone = s.zoneEligibilite.map((code) => communes.get(code) ?? pack.territory.name);
    return {
      id: s.id,
      nom: s.nom,
      description: s.description,
      structure: structure?.nom ?? '',
      structureType: structure ? (TYPE_LABELS[structure.type] ?? structure.type) : '',
      communes: [...new Set([...zone, ...(s.adresse ? [s.adresse.commune] : [])])].join(', '),
      themes: s.domaines.map((d) => themes.get(d) ?? d).join(', '),
    };
  });
}

const docs = searchDocs(buildDemoPack());
const byId = new Map(docs.map((d) => [d.id, d]));
const index = buildSearchIndex(docs);
const search = (query: string, limit = 50) => searchServices(index, query, limit);
const nameOf = (id: string) => byId.get(id)?.nom ?? '';
/** Whether a doc's name has a word starting with the (folded) `word`. */
const nameStartsWord = (id: string, word: string) =>
  indexTerms(nameOf(id)).some((t) => t.startsWith(word));
const textOf = (d: SearchDoc) =>
  [d.nom, d.description, d.structure, d.structureType, d.communes, d.themes].join(' ');

describe('service search on the demo pack', () => {
  it('ignores case and accents', () => {
    const creches = docs.filter((d) => /crèche/i.test(d.nom)).map((d) => d.id);
    expect(creches.length).toBeGreaterThan(2);
    const found = search('creche');
    expect(found.slice(0, creches.length).sort()).toEqual([...creches].sort());
    expect(search('CRÈCHE')).toEqual(found);
    expect(search('Crèche')).toEqual(found);
  });

  it('matches the start of words', () => {
    expect(nameOf(search('crec')[0] ?? '')).toMatch(/crèche/i);
    expect(nameOf(search('mediat')[0] ?? '')).toMatch(/médiation/i);
    expect(search('relais pet')[0]).toMatch(/^rpe-/);
  });

  it.each([
    ['logemnt', 'logement'],
    ['mediaton', 'mediation'],
    ['jeunesee', 'jeunesse'],
    ['parentalit', 'parentalité'],
    ['acompagnement', 'accompagnement'],
    ['ludotheqe', 'ludothèque'],
  ])('forgives one typo in a long word: %s', (typo, word) => {
    const expected = search(word);
    expect(expected.length).toBeGreaterThan(0);
    expect(search(typo).slice(0, 10)).toEqual(expected.slice(0, 10));
  });

  it('finds a misspelt word while it is still being typed', () => {
    expect(nameOf(search('acompag')[0] ?? '')).toMatch(/accompagne/i);
  });

  it.each(['bafz', 'rsz', 'cafz', 'pmo'])('forgives no typo in a short word: %s', (typo) => {
    expect(search(typo)).toEqual([]);
  });

  it('treats singular and plural alike', () => {
    for (const [singular, plural] of [
      ['allocation', 'allocations'],
      ['atelier', 'ateliers'],
      ['prestation', 'prestations'],
    ] as const) {
      const either = new RegExp(`\\b${singular}s?\\b`, 'i');
      const mentioning = docs.filter((d) => either.test(textOf(d))).map((d) => d.id);
      expect(mentioning.length, singular).toBeGreaterThan(0);
      expect(search(singular, 200)).toEqual(expect.arrayContaining(mentioning));
      expect(search(plural, 200)).toEqual(search(singular, 200));
    }
  });

  it('drops elisions, with either apostrophe', () => {
    const accueil = search('accueil');
    expect(accueil.length).toBeGreaterThan(0);
    expect(search("l'accueil")).toEqual(accueil);
    expect(search('l’accueil')).toEqual(accueil);
    expect(search("d'information")).toEqual(search('information'));
  });

  it('puts services named with the word before those that only mention it', () => {
    for (const word of ['creche', 'mediation', 'logement', 'permanence', 'atelier', 'jeune']) {
      const found = search(word);
      const named = found.map((id) => nameStartsWord(id, word));
      const firstUnnamed = named.indexOf(false);
      expect(named.includes(true), word).toBe(true);
      if (firstUnnamed >= 0) expect(named.slice(firstUnnamed), word).not.toContain(true);
    }
  });

  it('puts first the one service whose name has a distinctive word', () => {
    // Words of one service's name only, not the start of another name's word, and also
    // present in other services' texts: the name must win over those mentions.
    const nameWords = docs.map((d) => new Set(indexTerms(d.nom)));
    const candidates = docs.flatMap((d, i) =>
      [...(nameWords[i] as Set<string>)]
        .filter((w) => w.length >= 6)
        .filter((w) => nameWords.every((n, j) => j === i || ![...n].some((t) => t.startsWith(w))))
        .filter((w) => docs.some((o, j) => j !== i && indexTerms(textOf(o)).includes(w)))
        .map((w) => [w, d.id] as const),
    );
    expect(candidates.length).toBeGreaterThanOrEqual(5);
    for (const [word, id] of candidates) expect(search(word)[0], word).toBe(id);
  });

  it('ranks services matching every word first', () => {
    const top = search('relais petite enfance grasse').slice(0, 3);
    expect(top).toHaveLength(3);
    for (const id of top) expect(id).toMatch(/^rpe-grasse--/);
    expect(search('permanence caf peymeinade')[0]).toBe('caf-grasse--caf-permanence--peymeinade');
  });

  it('finds communes, written in full or abbreviated', () => {
    const top = search('saint auban').slice(0, 5);
    expect(top).toHaveLength(5);
    for (const id of top) expect(`${nameOf(id)} ${byId.get(id)?.communes}`).toMatch(/Saint-Auban/);
    expect(search('st vallier')).toEqual(search('saint-vallier'));
    expect(search('st vallier').length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('— , !')).toEqual([]);
    expect(search('accueil', 3)).toHaveLength(3);
    expect(search('accueil', 0)).toEqual([]);
  });
});

describe('ranking rules', () => {
  const doc = (id: string, fields: Partial<SearchDoc>): SearchDoc => ({
    id,
    nom: '',
    description: '',
    structure: '',
    structureType: '',
    communes: '',
    themes: '',
    ...fields,
  });
  const crafted = buildSearchIndex([
    // A long name, where one word weighs little…
    doc('named', {
      nom: `Permanence du lundi avec un temps d’écoute ${'pour les familles du quartier '.repeat(8)}`,
      description: 'Sans rendez-vous.',
    }),
    // …against the word everywhere but in the name.
    doc('mentioned', {
      nom: 'Accueil de jour',
      description: 'Écoute. Écoute, écoute, écoute.',
      structure: 'Écoute solidaire',
      structureType: 'Écoute',
      themes: 'Écoute',
      communes: 'Écoute-sur-Siagne',
    }),
    doc('relais', { nom: 'Relais petite enfance', description: 'Le relais, les relais.' }),
    doc('both', { nom: 'Multi-accueil Les Pins', description: 'Un relais.', communes: 'Grasse' }),
    doc('other', { nom: 'Mairie', communes: 'Grasse' }),
  ]);

  it('puts a name hit before mentions everywhere else', () => {
    expect(searchServices(crafted, 'ecoute')).toEqual(['named', 'mentioned']);
  });

  it('puts services matching more of the words first', () => {
    expect(searchServices(crafted, 'relais grasse')[0]).toBe('both');
  });
});

describe('service search on 10 000 generated services', () => {
  it('finds the service among the first ten for 95 % of names typed with one typo', () => {
    const synthetic = syntheticSearchDocs(10_000);
    const big = buildSearchIndex(synthetic);
    const queries = typoQueries(synthetic, 200);
    const missed = queries.filter((q) => !searchServices(big, q.query, 10).includes(q.id));
    const recall = 1 - missed.length / queries.length;
    console.log(`recall@10 on ${queries.length} one-typo names: ${recall.toFixed(3)}`);
    for (const q of missed) console.log(`  missed: ${q.query} (for ${q.original})`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
