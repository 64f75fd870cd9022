import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, fromBase64 } from '../../src/shared/search/byte-codec';
import {
  buildSearchIndex,
  loadSearchIndex,
  searchServices,
  serializeSearchIndex,
} from '../../src/shared/search/search-index';
import { topByKey } from '../../src/shared/search/top-k';
import { findTerm, oneEditAway, prefixRange } from '../../src/shared/search/vocabulary';
import { seededRandom, syntheticSearchDocs } from '../fixtures/synthetic-search-docs';

describe('search index storage', () => {
  it('round-trips bytes and varints through base64, whatever the padding', () => {
    for (const extra of [0, 1, 2]) {
      const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31 + 5, ...Array(extra).fill(7)];
      const out = new ByteWriter();
      for (const v of values) out.varint(v);
      out.byte(255);
      const input = new ByteReader(fromBase64(out.toBase64()));
      expect(values.map(() => input.varint())).toEqual(values);
      expect(input.byte()).toBe(255);
      expect(() => input.byte()).toThrow();
    }
  });

  it('answers the same after a trip through JSON', () => {
    const docs = syntheticSearchDocs(2_000, 3);
    const built = buildSearchIndex(docs);
    const json = serializeSearchIndex(built);
    const loaded = loadSearchIndex(json);
    expect(loaded.terms).toEqual(built.terms);
    // Element by element: toEqual on 100 000-entry typed arrays takes most of a second.
    expect(loaded.docs.length).toBe(built.docs.length);
    expect(loaded.docs.every((v, i) => v === built.docs[i])).toBe(true);
    expect(loaded.weights.every((v, i) => v === built.weights[i])).toBe(true);
    expect(loaded.offsets.every((v, i) => v === built.offsets[i])).toBe(true);
    for (const q of ['creche', 'acc', 'logemnt', 'relais petite enfance cannes', 'st paul']) {
      expect(searchServices(loaded, q)).toEqual(searchServices(built, q));
    }
    // Far smaller than the text it indexes.
    expect(json.length).toBeLessThan(JSON.stringify(docs).length / 3);
  });

  it('refuses what it did not write, so that the caller rebuilds', () => {
    expect(() => loadSearchIndex('null')).toThrow();
    expect(() => loadSearchIndex('{"format":"minisearch"}')).toThrow();
    const json = JSON.parse(serializeSearchIndex(buildSearchIndex(syntheticSearchDocs(50)))) as {
      bytes: string;
    };
    expect(() =>
      loadSearchIndex(JSON.stringify({ ...json, bytes: json.bytes.slice(0, 40) })),
    ).toThrow();
  });

  it('indexes and searches an empty directory', () => {
    const empty = loadSearchIndex(serializeSearchIndex(buildSearchIndex([])));
    expect(searchServices(empty, 'accueil')).toEqual([]);
  });
});

describe('vocabulary look-ups', () => {
  const terms = ['accueil', 'accueillir', 'acte', 'creche', 'logement'];

  it('finds words and prefixes by binary search', () => {
    expect(findTerm(terms, 'acte')).toBe(2);
    expect(findTerm(terms, 'act')).toBe(-1);
    expect(prefixRange(terms, 'accueil')).toEqual([0, 2]);
    expect(prefixRange(terms, 'zz')).toEqual([5, 5]);
  });

  it('lists every word one edit away, swaps included', () => {
    const near = oneEditAway('logement');
    for (const w of ['logemnt', 'logemennt', 'logemant', 'lgoement', 'ogement', 'logementx']) {
      expect(near.has(w), w).toBe(true);
    }
    expect(near.has('logement')).toBe(false);
    expect(near.has('lgemnt')).toBe(false);
  });
});

describe('top-k selection', () => {
  it('keeps the best keys, best first, ties to the lower doc, at any limit', () => {
    const random = seededRandom(11);
    const key = Float64Array.from({ length: 3_000 }, () => Math.floor(random() * 200));
    const docs = Array.from({ length: 3_000 }, (_, i) => i).filter(() => random() < 0.7);
    const expected = [...docs].sort((a, b) => (key[b] as number) - (key[a] as number) || a - b);
    for (const limit of [1, 10, 50, 1_000, 5_000]) {
      expect(topByKey([...docs], key, limit)).toEqual(expected.slice(0, limit));
    }
  });
});
