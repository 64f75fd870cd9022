/**
 * French text normalisation shared by indexing and querying: both sides must fold a word the
 * same way, or "Crèches" in a name would never meet "creche" typed on a tablet.
 */

const ELISION = /(^|[^a-z0-9])(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’‘ʼ`´]/g;
const NON_WORD = /[^a-z0-9]+/;

/** Words too common to tell services apart; dropped from the index and from queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'cet',
  'cette',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'est',
  'et',
  'il',
  'ils',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'ou',
  'par',
  'pour',
  'qui',
  'que',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'un',
  'une',
  'vos',
  'votre',
  'y',
]);

/** Abbreviations people type for words the directory spells out. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
]);

/** Lower case, no diacritics, ligatures spelt out: "Œuvre Crèche" → "oeuvre creche". */
export function foldText(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      // The combining diacritics block covers French; a non-Unicode class is several times faster.
      .replace(/[\u0300-\u036f]/g, '')
  );
}

/**
 * Singular and plural share one form: a final -s or -x goes on words of four letters or more
 * ("allocations" → "allocation", "jeux" stays "jeu"), and -aux becomes -al ("sociaux" →
 * "social"). Crude, but applied to both sides it only has to be consistent, not correct.
 */
export function foldPlural(word: string): string {
  if (word.length >= 5 && word.endsWith('aux') && !word.endsWith('eaux')) {
    return `${word.slice(0, -3)}al`;
  }
  if (word.length >= 4 && (word.endsWith('s') || word.endsWith('x'))) return word.slice(0, -1);
  return word;
}

/** Folded words of a text, elisions removed, stop words kept: the raw material of both sides. */
export function splitWords(text: string): string[] {
  return foldText(text)
    .replace(ELISION, '$1')
    .split(NON_WORD)
    .filter((w) => w.length > 0);
}

/** One word in its indexed form, or undefined for a stop word. */
export function normalizeWord(word: string): string | undefined {
  if (STOP_WORDS.has(word)) return undefined;
  return foldPlural(ABBREVIATIONS.get(word) ?? word);
}

function termsOf(words: string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    const term = normalizeWord(word);
    if (term !== undefined) terms.push(term);
  }
  return terms;
}

/** The terms under which a text is indexed: "L’accueil des Crèches" → ["accueil", "creche"]. */
export function indexTerms(text: string): string[] {
  return termsOf(splitWords(text));
}

/**
 * The terms of a query. A query made only of stop words keeps its last word, folded but not
 * dropped, so that typing "la" on the way to "laep" still shows something.
 */
export function queryTerms(query: string): string[] {
  const words = splitWords(query);
  const terms = termsOf(words);
  if (terms.length > 0) return terms;
  const last = words.at(-1);
  return last !== undefined && last.length >= 2 ? [last] : [];
}
