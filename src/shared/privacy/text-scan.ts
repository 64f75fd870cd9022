import type { PersonalDataFinding, PersonalDataKind } from './personal-data-types';

/**
 * Letters and combining marks: a note typed on some keyboards arrives decomposed (NFD), and
 * `\b` only knows ASCII, so word edges are written with these classes instead.
 */
export const LETTER = String.raw`\p{L}\p{M}`;
/** Start of a word: no letter or digit just before. */
export const WORD_START = String.raw`(?<![${LETTER}\d])`;
/** End of a word: no letter or digit just after. */
export const WORD_END = String.raw`(?![${LETTER}\d])`;

/** Lower case without diacritics, for comparing words with the lists. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function finding(
  kind: PersonalDataKind,
  text: string,
  start: number,
  end: number,
): PersonalDataFinding {
  return { kind, match: text.slice(start, end), start, end };
}

/**
 * Every match of a global regex as a finding, with an optional check on the match (a checksum,
 * a plausible month…). The regex must be built with the `g` flag.
 */
export function scan(
  text: string,
  regex: RegExp,
  kind: PersonalDataKind,
  accept: (m: RegExpExecArray) => boolean = () => true,
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (accept(m)) found.push(finding(kind, text, m.index, m.index + m[0].length));
  }
  return found;
}

/** Remainder modulo 97 of a string of digits of any length, without BigInt. */
export function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return rest;
}

/**
 * Case-insensitive alternation of literal words, for regexes that cannot take the `i` flag:
 * with `iu`, `\p{Lu}` would match lower case too and capitalised names could not be told apart.
 */
export function anyCase(words: readonly string[]): string {
  return words.map(wordAnyCase).join('|');
}

function wordAnyCase(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (ch === ' ') out += String.raw`\s+`;
    else if (lower !== upper) out += `[${lower}${upper}]`;
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}
