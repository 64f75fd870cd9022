import type { PersonalDataFinding } from './personal-data-types';
import { finding, fold, LETTER, WORD_END, WORD_START } from './text-scan';

const MONTH = String.raw`(?:janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c)\.?`;
/** 12/03/1985, 12.03.85, 12-03 (year optional after a keyword). */
const NUMERIC = String.raw`(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{4}|\d{2}))?`;
/** 12 03 1985: only after a keyword, where spaces cannot be a phone number's. */
const SPACED = String.raw`(\d{1,2})\s(\d{1,2})\s(\d{4}|\d{2})`;
/** 3 mars 2019, 1er mars, mars 2019. */
const TEXTUAL = String.raw`(?:(?:1er|\d{1,2})\s+${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{4})`;
const DATE = String.raw`(?<!\d)(?:${NUMERIC}|${SPACED}|${TEXTUAL})(?!\d)`;

/** né, née, nés, né(e); date de naissance; DDN; naissance. */
const BORN = String.raw`n[ée]e?(?:\(e\))?s?`;
const KEYWORD = String.raw`(?:${BORN}|date\s+de\s+naissance|d\.?\s?d\.?\s?n\.?|naissance)`;
/**
 * "né le", "née en", "né à Nice le", "naissance du petit dernier le": a short run of words
 * without digits may stand between the keyword and "le".
 */
const LINK = String.raw`(?:\s*[:,\-]?\s*(?:(?:le|en|au|du)\s+)?|\s+(?:à|a|au|aux|en|de|du|des|d['’])\s*[^\d,.;:]{1,30}?\s+le\s+)`;
const KEYWORD_DATE = new RegExp(`${WORD_START}${KEYWORD}${WORD_END}${LINK}${DATE}`, 'giu');

/** A full date with a four-digit year, for the "birth word nearby" rule. */
const FULL_DATE = new RegExp(
  String.raw`(?<!\d)(?:(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(?:1er|\d{1,2})\s+${MONTH}\s+(\d{4}))(?!\d)`,
  'giu',
);
/** Near a date, a bare "ne" is the negation ("ne travaille plus depuis le…"): accents required. */
const BIRTH_WORD = new RegExp(
  `${WORD_START}(?:n[ée]e(?:\\(e\\))?s?|nés?|naissance|ddn)(?![${LETTER}])`,
  'giu',
);

/** Benefits and papers named after a birth: their dates are not anyone's birth date. */
const NOT_A_BIRTH =
  /(?:prime|conge|acte|extrait|declaration|allocation|certificat|avant|apres|depuis|prevue?|attendue?)\s+(?:(?:a|de|pour)\s+(?:la\s+)?|d['’]\s*)?$/;
/** An expected birth is a due date, not a birth date: "naissance prévue le…". */
const EXPECTED = /\b(?:prevue?s?|attendue?s?|prevision\w*|a venir)\b/;

/** "naissance" at `at` names a birth, judging by the words before it and up to `until`. */
function isBirthNaissance(text: string, at: number, until: number): boolean {
  const before = fold(text.slice(Math.max(0, at - 30), at));
  const after = fold(text.slice(at, until));
  return !NOT_A_BIRTH.test(before) && !EXPECTED.test(after);
}

function plausibleDayMonth(day: string | undefined, month: string | undefined): boolean {
  if (day === undefined || month === undefined) return true;
  const d = Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function keywordDates(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  KEYWORD_DATE.lastIndex = 0;
  for (let m = KEYWORD_DATE.exec(text); m !== null; m = KEYWORD_DATE.exec(text)) {
    const matched = fold(m[0]);
    const end = m.index + m[0].length;
    if (matched.startsWith('naissance') && !isBirthNaissance(text, m.index, end)) continue;
    if (EXPECTED.test(matched)) continue;
    if (!plausibleDayMonth(m[1] ?? m[4], m[2] ?? m[5])) continue;
    found.push(finding('date-de-naissance', text, m.index, end));
  }
  return found;
}

/** A birth word within 40 characters before or 25 after, not a benefit's name. */
function birthWordNear(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, Math.min(text.length, end + 25));
  for (const hit of window.matchAll(BIRTH_WORD)) {
    if (
      !fold(hit[0]).startsWith('naissance') ||
      isBirthNaissance(text, from + hit.index, from + hit.index + 40)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A full date at least two years old next to a birth word: "née à Nice le 12/03/1985".
 * Appointments are in the future or recent, so "rdv le 14/01/2027" never qualifies.
 */
function oldDatesNearBirthWords(text: string, currentYear: number): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  FULL_DATE.lastIndex = 0;
  for (let m = FULL_DATE.exec(text); m !== null; m = FULL_DATE.exec(text)) {
    const year = Number(m[3] ?? m[4]);
    if (year >= currentYear - 1 || !plausibleDayMonth(m[1], m[2])) continue;
    const end = m.index + m[0].length;
    if (birthWordNear(text, m.index, end))
      found.push(finding('date-de-naissance', text, m.index, end));
  }
  return found;
}

export function detectBirthDates(text: string, currentYear: number): PersonalDataFinding[] {
  return [...keywordDates(text), ...oldDatesNearBirthWords(text, currentYear)];
}
