import { type SearchIndex, WEIGHT_VALUES } from './index-layout';
import { queryTerms } from './normalize';
import { topByKey } from './top-k';
import { findTerm, oneEditAway, prefixRange } from './vocabulary';

/** How much a match counts against the word as typed: an exact word most, a guess least. */
const EXACT = 1;
const PREFIX = 0.35; // plus up to 0.4 the closer the typed prefix is to the whole word
const TYPO = 0.55;
/** Typos are only forgiven in words this long: shorter ones would match half the vocabulary. */
const TYPO_MIN_LENGTH = 5;

/**
 * Per-index scratch arrays, reused across queries (the worker runs one query at a time);
 * stamps tell which entries belong to the current query, so nothing is cleared between runs.
 */
type Scratch = {
  termStamp: Uint32Array;
  best: Float32Array;
  bestInName: Uint8Array;
  queryStamp: Uint32Array;
  score: Float64Array;
  matched: Uint8Array;
  inName: Uint8Array;
  key: Float64Array;
  stamp: number;
};
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.ids.length;
    s = {
      termStamp: new Uint32Array(n),
      best: new Float32Array(n),
      bestInName: new Uint8Array(n),
      queryStamp: new Uint32Array(n),
      score: new Float64Array(n),
      matched: new Uint8Array(n),
      inName: new Uint8Array(n),
      key: new Float64Array(n),
      stamp: 0,
    };
    scratches.set(index, s);
  }
  return s;
}

/** The indexed terms a typed word may stand for, each with how much a match counts. */
function expand(index: SearchIndex, word: string, typing: boolean): Map<number, number> {
  const found = new Map<number, number>();
  const offer = (term: number, weight: number) => {
    if (weight > (found.get(term) ?? 0)) found.set(term, weight);
  };
  const byPrefix = (prefix: string, factor: number) => {
    const [from, to] = prefixRange(index.terms, prefix);
    for (let t = from; t < to; t++) {
      const length = (index.terms[t] as string).length;
      offer(
        t,
        factor * (length === prefix.length ? EXACT : PREFIX + (0.4 * prefix.length) / length),
      );
    }
  };
  byPrefix(word, 1);
  if (word.length < TYPO_MIN_LENGTH) return found;
  // A word still being typed may be the start of a misspelt one ("acompa" → accompagner), but
  // reading it so is loose: only when it starts no indexed word at all.
  const typoPrefix = typing && found.size === 0;
  for (const variant of oneEditAway(word)) {
    if (typoPrefix && variant.length >= TYPO_MIN_LENGTH) byPrefix(variant, TYPO);
    else {
      const t = findTerm(index.terms, variant);
      if (t >= 0) offer(t, TYPO);
    }
  }
  return found;
}

/**
 * Ids of the best services for what the user has typed so far, best first. Services matching
 * more of the query's words come first (AND-ish, without ever returning nothing for one stray
 * word), then those matching more of them in their name, then by BM25 score.
 */
export function searchServices(index: SearchIndex, query: string, limit = 50): string[] {
  return searchWithTotal(index, query, limit).ids;
}

/** The best `limit` ids and how many services match in all: a page of results needs no more. */
export function searchWithTotal(
  index: SearchIndex,
  query: string,
  limit: number,
): { ids: string[]; total: number } {
  const words = [...new Set(queryTerms(query))];
  if (words.length === 0 || limit <= 0) return { ids: [], total: 0 };
  const s = scratchOf(index);
  if (s.stamp > 0xffff_0000) {
    // Stamps are stored in Uint32Arrays: start again long before they would wrap.
    s.termStamp.fill(0);
    s.queryStamp.fill(0);
    s.stamp = 0;
  }
  const queryStamp = ++s.stamp;
  const candidates: number[] = [];
  const touched: number[] = [];
  words.forEach((word, w) => {
    const termStamp = ++s.stamp;
    touched.length = 0;
    for (const [t, factor] of expand(index, word, w === words.length - 1)) {
      const weight = factor * (index.idf[t] as number);
      const to = index.offsets[t + 1] as number;
      for (let p = index.offsets[t] as number; p < to; p++) {
        const doc = index.docs[p] as number;
        const byte = index.weights[p] as number;
        const value = weight * (WEIGHT_VALUES[byte & 0x7f] as number);
        if (s.termStamp[doc] !== termStamp) {
          s.termStamp[doc] = termStamp;
          s.best[doc] = value;
          s.bestInName[doc] = byte >> 7;
          touched.push(doc);
        } else {
          // A word counts once per service, by its best reading: "accueil" and "accueillir"
          // in one description do not make it twice as relevant.
          if (value > (s.best[doc] as number)) s.best[doc] = value;
          s.bestInName[doc] = (s.bestInName[doc] as number) | (byte >> 7);
        }
      }
    }
    for (const doc of touched) {
      if (s.queryStamp[doc] !== queryStamp) {
        s.queryStamp[doc] = queryStamp;
        s.score[doc] = 0;
        s.matched[doc] = 0;
        s.inName[doc] = 0;
        candidates.push(doc);
      }
      s.score[doc] = (s.score[doc] as number) + (s.best[doc] as number);
      s.matched[doc] = (s.matched[doc] as number) + 1;
      s.inName[doc] = (s.inName[doc] as number) + (s.bestInName[doc] as number);
    }
  });
  for (const doc of candidates) {
    // Scores stay far below 1e5 (a few dozen words × idf ≤ 12 × weight ≤ 32), so the key
    // orders by words matched, then words matched in the name, then score.
    s.key[doc] =
      (s.matched[doc] as number) * 1e10 +
      (s.inName[doc] as number) * 1e5 +
      Math.min(s.score[doc] as number, 99_999);
  }
  return {
    ids: topByKey(candidates, s.key, limit).map((doc) => index.ids[doc] as string),
    total: candidates.length,
  };
}
