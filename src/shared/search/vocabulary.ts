/**
 * Look-ups in the sorted vocabulary of an index: exact, by prefix, and the one-typo
 * neighbourhood of a word. A sorted array answers all three with binary search, so the index
 * needs no map, trie or deletion table in memory.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** First position whose term is >= `word`. */
export function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of `word`, or -1. */
export function findTerm(terms: readonly string[], word: string): number {
  const at = lowerBound(terms, word);
  return terms[at] === word ? at : -1;
}

/** Positions [from, to) of the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  let to = from;
  while (to < terms.length && (terms[to] as string).startsWith(prefix)) to++;
  return [from, to];
}

/**
 * Every word one edit away from `word`: a letter left out, added, replaced, or two neighbours
 * swapped (Damerau). About 75 × length strings: cheap to try against the vocabulary, and far
 * smaller than storing a deletion table for every indexed term.
 */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const letter of ALPHABET) {
      out.add(head + letter + tail);
      if (tail.length > 0) out.add(head + letter + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}
