import { FIRST_NAMES } from './first-names';
import {
  ACRONYMS,
  CIVILITIES,
  FAMOUS_PEOPLE,
  INSTITUTION_FILLERS,
  INSTITUTION_WORDS,
  NAME_KEYWORDS,
  NOT_A_NAME,
  RELATIONS,
} from './name-context';
import type { PersonalDataFinding } from './personal-data-types';
import { finding, fold } from './text-scan';

interface Token {
  text: string;
  /** Folded: lower case, no accents, hyphens kept. */
  key: string;
  start: number;
  end: number;
}

const FOLDED_FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAMES.map(fold));
/** Words, hyphenated compounds kept whole; apostrophes split ("l'enfant" → "l", "enfant"). */
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const SPACES = /^[^\S\n]+$/u;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{M}-]+$/u;
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+/u;
const AGE_AFTER = /^\s*[,(]?\s*\d{1,2}\s*(?:ans?|mois)(?![\p{L}])/u;

function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({
    text: m[0],
    key: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);

function isFirstName(t: Token): boolean {
  return UPPER.test(t.text) && t.key.split('-').every((part) => FOLDED_FIRST_NAMES.has(part));
}

/** A capitalised word that can be a surname or an initial ("B"), not an acronym or "Le". */
function isNameLike(t: Token | undefined): boolean {
  if (t === undefined || !UPPER.test(t.text) || NOT_A_NAME.has(t.key)) return false;
  return !(ALL_UPPER.test(t.text) && ACRONYMS.has(t.key));
}

/** Where a name that starts at token i ends: further name words, and an initial's dot. */
function nameEnd(text: string, tokens: Token[], i: number): number {
  let last = i;
  while (last - i < 3) {
    const next = tokens[last + 1];
    const current = tokens[last];
    if (current === undefined || next === undefined) break;
    if (!isNameLike(next) || !SPACES.test(gap(text, current, next))) break;
    last++;
  }
  const end = tokens[last]?.end ?? 0;
  const isInitial = (tokens[last]?.text.length ?? 0) === 1;
  return isInitial && text.charAt(end) === '.' ? end + 1 : end;
}

/** "Centre social Jean Moulin", "école Jules Ferry", "St Jean": the name of a place. */
function namesAPlace(text: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = tokens[k];
    const after = tokens[k + 1];
    if (t === undefined || after === undefined || !/^[\s'’]*$/.test(gap(text, t, after)))
      return false;
    if (INSTITUTION_WORDS.has(t.key)) return true;
    if (!INSTITUTION_FILLERS.has(t.key)) return false;
  }
  return false;
}

function isFamous(tokens: Token[], i: number): boolean {
  const phrase = tokens
    .slice(i, i + 6)
    .map((t) => t.key.replace(/-/g, ' '))
    .join(' ');
  return FAMOUS_PEOPLE.some((f) => phrase === f || phrase.startsWith(`${f} `));
}

/** Particles of surnames after a civility: "M. Le Gall", "Mme Ben Ali", "M. de Villeneuve". */
const PARTICLES: ReadonlySet<string> = new Set([
  'le',
  'la',
  'de',
  'du',
  'des',
  'd',
  'van',
  'von',
  'ben',
  'el',
  'al',
  'ait',
]);

/** The token where a surname starts after a civility at i, if any. */
function surnameAfterCivility(text: string, tokens: Token[], i: number): number | undefined {
  const civility = tokens[i];
  const next = tokens[i + 1];
  if (civility === undefined || next === undefined) return undefined;
  const between = gap(text, civility, next);
  if (civility.key === 'm' && civility.text !== 'M') return undefined;
  // "M.Martin", "Mme.Dupont": glued to the dot only when the word is spelt like a surname,
  // so that initials such as "P.M.I." are not read as a civility and a name.
  const glued = /^\.$/.test(between) && SURNAME_SHAPE.test(next.text);
  const spaced = civility.text === 'M' ? /^\.\s+$/.test(between) : /^\.?\s+$/.test(between);
  if (!glued && !spaced) return undefined;
  if (isNameLike(next)) return i + 1;
  const after = tokens[i + 2];
  const particleOk = UPPER.test(next.text) || next.key === 'de' || next.key === 'd';
  if (PARTICLES.has(next.key) && particleOk && isNameLike(after)) return i + 2;
  return undefined;
}

/** What a rule found at a token: where the finding starts and where the name itself starts. */
type Hit = { from: number; name: number };
type Rule = (text: string, tokens: Token[], i: number) => Hit | undefined;

/** "Mme Dupont", "M. Martin", "Madame Nadia B.", "M. Le Gall". */
const civilityRule: Rule = (text, tokens, i) => {
  if (!CIVILITIES.has(tokens[i]?.key ?? '')) return undefined;
  const name = surnameAfterCivility(text, tokens, i);
  return name === undefined ? undefined : { from: i, name };
};

/** "famille Benali", "enfant Lucas", "sa fille Yasmine", "la maman de Lucas". */
const relationRule: Rule = (text, tokens, i) => {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || !RELATIONS.has(t.key)) return undefined;
  const between = gap(text, t, next);
  if (SPACES.test(between) && isNameLike(next)) return { from: i, name: i + 1 };
  // "de" + a first name only: "la mère de Grasse" is not a person.
  const afterDe = tokens[i + 2];
  const de = next.key === 'de' && SPACES.test(between) && afterDe !== undefined;
  if (de && SPACES.test(gap(text, next, afterDe)) && isFirstName(afterDe)) {
    return { from: i, name: i + 2 };
  }
  if (next.key === 'd' && /^\s+$/.test(between) && afterDe !== undefined) {
    const elided = /^['’]$/.test(gap(text, next, afterDe));
    if (elided && isFirstName(afterDe)) return { from: i, name: i + 2 };
  }
  return undefined;
};

/** "prénom : Emma", "prénommée Inès", "s'appelle Inès", "nom : Dupont". */
const keywordRule: Rule = (text, tokens, i) => {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined) return undefined;
  const between = gap(text, t, next);
  const colon = /^\s*:\s*$/.test(between);
  if (t.key === 'nom' && colon && !NOT_A_NAME.has(next.key)) return { from: i, name: i + 1 };
  if (!isNameKeyword(text, tokens, i) || !/^\s*[:=-]?\s*$/.test(between)) return undefined;
  // After a colon any word is the name, even typed in lower case.
  const anyWord = between.includes(':') && !NOT_A_NAME.has(next.key);
  // "s'appelle Inès": the finding starts at the "s".
  const from = t.key.startsWith('appel') ? i - 1 : i;
  return anyWord || isNameLike(next) ? { from, name: i + 1 } : undefined;
};

/** "Nadia Benali", "Jean-Pierre Martin", "Nadia B." — unless a place or a famous person. */
const firstNameRule: Rule = (text, tokens, i) => {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || !isFirstName(t)) return undefined;
  if (!SPACES.test(gap(text, t, next)) || !isNameLike(next)) return undefined;
  return namesAPlace(text, tokens, i) || isFamous(tokens, i) ? undefined : { from: i, name: i };
};

/** "DUPONT Marie": the upper-case surname written first, as on forms. */
const upperSurnameRule: Rule = (text, tokens, i) => {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || t.text.length < 3) return undefined;
  if (!ALL_UPPER.test(t.text) || ACRONYMS.has(t.key) || NOT_A_NAME.has(t.key)) return undefined;
  if (!SPACES.test(gap(text, t, next)) || !isFirstName(next)) return undefined;
  if (namesAPlace(text, tokens, i) || isFamous(tokens, i + 1)) return undefined;
  return { from: i, name: i };
};

/** "Lucas, 3 ans", "Emma (18 mois)": a first name given with an age. */
const ageRule: Rule = (text, tokens, i) => {
  const t = tokens[i];
  if (t === undefined || !isFirstName(t)) return undefined;
  if (!AGE_AFTER.test(text.slice(t.end, t.end + 16))) return undefined;
  return namesAPlace(text, tokens, i) ? undefined : { from: i, name: i };
};

const RULES: readonly Rule[] = [
  relationRule,
  keywordRule,
  firstNameRule,
  upperSurnameRule,
  ageRule,
];

function ruleAt(text: string, tokens: Token[], i: number): Hit | undefined {
  // A civility decides alone: "Monsieur le Maire" must not fall through to other rules.
  if (CIVILITIES.has(tokens[i]?.key ?? '')) return civilityRule(text, tokens, i);
  for (const rule of RULES) {
    const hit = rule(text, tokens, i);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** "prénom", "prénommée", "s'appelle". */
function isNameKeyword(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || !NAME_KEYWORDS.has(t.key)) return false;
  if (!t.key.startsWith('appel')) return true;
  const before = tokens[i - 1];
  return before !== undefined && before.key === 's' && /^['’]$/.test(gap(text, before, t));
}

export function detectNames(text: string): PersonalDataFinding[] {
  const tokens = tokenize(text);
  const found: PersonalDataFinding[] = [];
  let coveredUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.start < coveredUntil) continue;
    const hit = ruleAt(text, tokens, i);
    const from = hit === undefined ? undefined : tokens[hit.from];
    if (hit === undefined || from === undefined) continue;
    const end = nameEnd(text, tokens, hit.name);
    found.push(finding('nom', text, from.start, end));
    coveredUntil = end;
  }
  return found;
}
