import { ByteReader, ByteWriter, fromBase64 } from './byte-codec';
import { IN_NAME, quantise, type SearchIndex } from './index-layout';
import { indexTerms } from './normalize';

export type { SearchIndex } from './index-layout';
export { searchServices, searchWithTotal } from './search-query';

/** One service as the search sees it; the caller resolves ids to labels and names. */
export type SearchDoc = {
  id: string;
  nom: string;
  description: string;
  structure: string;
  structureType: string;
  communes: string;
  themes: string;
};

/** The name weighs most; a word in the description least. */
const FIELD_BOOSTS: ReadonlyArray<readonly [Exclude<keyof SearchDoc, 'id'>, number]> = [
  ['nom', 4],
  ['structure', 2],
  ['structureType', 1.5],
  ['communes', 1.5],
  ['themes', 1],
  ['description', 1],
];
/** BM25 constants, the usual ones. */
const K1 = 1.2;
const B = 0.75;
const FORMAT = 'reperes-search-1';

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const tokens = docs.map((doc) => FIELD_BOOSTS.map(([field]) => indexTerms(doc[field])));
  const avgLength = FIELD_BOOSTS.map(
    (_, f) =>
      tokens.reduce((sum, fields) => sum + (fields[f] as string[]).length, 0) / docs.length || 1,
  );

  const postings = new Map<string, number[]>();
  tokens.forEach((fields, doc) => {
    const weights = new Map<string, number>();
    fields.forEach((words, f) => {
      const boost = (FIELD_BOOSTS[f] as (typeof FIELD_BOOSTS)[number])[1];
      const frequencies = new Map<string, number>();
      for (const w of words) frequencies.set(w, (frequencies.get(w) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * words.length) / (avgLength[f] as number));
      for (const [w, tf] of frequencies) {
        weights.set(w, (weights.get(w) ?? 0) + (boost * tf * (K1 + 1)) / (tf + norm));
      }
    });
    const inName = new Set(fields[0]);
    for (const [w, weight] of weights) {
      const byte = (inName.has(w) ? IN_NAME : 0) | quantise(weight);
      const list = postings.get(w);
      if (list) list.push(doc, byte);
      else postings.set(w, [doc, byte]);
    }
  });

  const terms = [...postings.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((t, i) => {
    offsets[i + 1] = (offsets[i] as number) + (postings.get(t) as number[]).length / 2;
  });
  const total = offsets[terms.length] as number;
  const postingDocs = new Uint32Array(total);
  const postingWeights = new Uint8Array(total);
  terms.forEach((t, i) => {
    const list = postings.get(t) as number[];
    const start = offsets[i] as number;
    for (let k = 0; k < list.length; k += 2) {
      postingDocs[start + k / 2] = list[k] as number;
      postingWeights[start + k / 2] = list[k + 1] as number;
    }
  });
  return withIdf(
    docs.map((d) => d.id),
    terms,
    offsets,
    postingDocs,
    postingWeights,
  );
}

/** BM25's inverse document frequency, from the length of each term's postings. */
function withIdf(
  ids: string[],
  terms: string[],
  offsets: Uint32Array,
  docs: Uint32Array,
  weights: Uint8Array,
): SearchIndex {
  const idf = new Float32Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const n = (offsets[t + 1] as number) - (offsets[t] as number);
    idf[t] = Math.log1p((ids.length - n + 0.5) / (n + 0.5));
  }
  return { ids, terms, offsets, docs, weights, idf };
}

type StoredIndex = {
  format: string;
  ids: string[];
  terms: string;
  postings: number;
  bytes: string;
};

/** JSON for IndexedDB: ids, the vocabulary as one string, postings as base64 varints. */
export function serializeSearchIndex(index: SearchIndex): string {
  const out = new ByteWriter();
  for (let t = 0; t < index.terms.length; t++) {
    const from = index.offsets[t] as number;
    const to = index.offsets[t + 1] as number;
    out.varint(to - from);
    let previous = 0;
    for (let p = from; p < to; p++) {
      const doc = index.docs[p] as number;
      out.varint(doc - previous);
      out.byte(index.weights[p] as number);
      previous = doc;
    }
  }
  const stored: StoredIndex = {
    format: FORMAT,
    ids: index.ids,
    terms: index.terms.join(' '),
    postings: index.docs.length,
    bytes: out.toBase64(),
  };
  return JSON.stringify(stored);
}

/** Throws on anything but an index written by this version: the caller then rebuilds it. */
export function loadSearchIndex(json: string): SearchIndex {
  const stored = JSON.parse(json) as Partial<StoredIndex> | null;
  if (
    stored?.format !== FORMAT ||
    !Array.isArray(stored.ids) ||
    typeof stored.terms !== 'string' ||
    typeof stored.postings !== 'number' ||
    typeof stored.bytes !== 'string'
  ) {
    throw new Error("Index de recherche illisible ou d'une autre version");
  }
  const terms = stored.terms === '' ? [] : stored.terms.split(' ');
  const offsets = new Uint32Array(terms.length + 1);
  const docs = new Uint32Array(stored.postings);
  const weights = new Uint8Array(stored.postings);
  const input = new ByteReader(fromBase64(stored.bytes));
  let p = 0;
  for (let t = 0; t < terms.length; t++) {
    const count = input.varint();
    let doc = 0;
    for (let k = 0; k < count; k++) {
      doc += input.varint();
      docs[p] = doc;
      weights[p++] = input.byte();
    }
    offsets[t + 1] = p;
  }
  if (p !== stored.postings) throw new Error('Index de recherche incomplet');
  return withIdf(stored.ids, terms, offsets, docs, weights);
}
