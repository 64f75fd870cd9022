import type { PersonalDataFinding } from './personal-data-types';
import { finding, fold, mod97, scan } from './text-scan';

/** IBAN lengths by country: the SWIFT registry's common ones, then the francophone African
 * national formats families often hold (outside the registry, same mod-97 rule). */
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map(
  `
  AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29
  ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30
  KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29
  PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20
  BF28 BJ28 CG27 CI28 CM27 DZ26 GA27 MA28 MG27 ML28 SN28 TD27
  `
    .split(/\s+/)
    .filter((e) => e !== '')
    .map((e): [string, number] => [e.slice(0, 2), Number(e.slice(2))]),
);

/** Two letters, two check digits, then alphanumerics possibly grouped by a space, dot or dash. */
const IBAN_HEAD = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?=[\s.-]?[A-Za-z0-9])/gu;
const ALNUM = /[A-Za-z0-9]/;
const SEPARATOR = /[\s.-]/;
/** A wrong check digit is a typo, not a reason to keep bank details: the word settles it. */
const BANK_WORD = /(?:iban|rib|bic|coordonnees bancaires|compte)\W{0,3}$/;

function ibanIsValid(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let digits = '';
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    digits += code >= 65 ? String(code - 55) : ch;
  }
  return mod97(digits) === 1;
}

/** Positions of up to 30 alphanumerics after the head, stopping at anything but one separator. */
function bodyPositions(text: string, from: number): number[] {
  const positions: number[] = [];
  let i = from;
  while (positions.length < 30 && i < text.length) {
    const ch = text.charAt(i);
    if (ALNUM.test(ch)) {
      positions.push(i);
      i++;
    } else if (SEPARATOR.test(ch) && ALNUM.test(text.charAt(i + 1))) {
      i++;
    } else break;
  }
  return positions;
}

/** The end of an IBAN of `length` characters starting at `start`, if it stops at a boundary. */
function endFor(text: string, body: number[], length: number): number | undefined {
  const last = body[length - 5];
  if (last === undefined || ALNUM.test(text.charAt(last + 1))) return undefined;
  return last + 1;
}

function compactOf(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/[\s.-]/g, '')
    .toUpperCase();
}

function detectIbanAt(text: string, start: number): PersonalDataFinding | undefined {
  const body = bodyPositions(text, start + 4);
  const country = text.slice(start, start + 2).toUpperCase();
  const known = IBAN_LENGTHS.get(country);
  const lengths = known !== undefined ? [known] : [];
  // Unknown country code: any registry length, longest first, only on a valid checksum.
  if (known === undefined) for (let l = 34; l >= 15; l--) lengths.push(l);
  for (const length of lengths) {
    const end = endFor(text, body, length);
    if (end !== undefined && ibanIsValid(compactOf(text, start, end))) {
      return finding('iban', text, start, end);
    }
  }
  const before = fold(text.slice(Math.max(0, start - 30), start));
  if (!BANK_WORD.test(before) || body.length < 10) return undefined;
  const end =
    (known !== undefined ? endFor(text, body, known) : undefined) ?? lastDigitGroupEnd(text, body);
  return finding('iban', text, start, end);
}

/** After "IBAN" with a bad checksum: up to the last group that still holds a digit. */
function lastDigitGroupEnd(text: string, body: number[]): number {
  let end = (body[0] ?? 0) + 1;
  for (const pos of body) if (/\d/.test(text.charAt(pos))) end = pos + 1;
  while (ALNUM.test(text.charAt(end))) end++;
  return end;
}

/** French RIB: bank (5), branch (5), account (11, letters allowed), key (2). */
const RIB =
  /(?<![\p{L}\d])(\d{5})[\s.-]?(\d{5})[\s.-]?([A-Za-z0-9]{11})[\s.-]?(\d{2})(?![\p{L}\d])/gu;
const RIB_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Letters in a RIB account number stand for digits: A and J for 1, B, K and S for 2, etc.
const RIB_LETTER_DIGITS = '12345678912345678923456789';

function ribKeyIsValid(m: RegExpExecArray): boolean {
  const [, bank = '', branch = '', rawAccount = '', key = ''] = m;
  const account = rawAccount
    .toUpperCase()
    .replace(/[A-Z]/g, (c) => RIB_LETTER_DIGITS.charAt(RIB_LETTERS.indexOf(c)));
  const rest = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97;
  return 97 - rest === Number(key);
}

export function detectIbans(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  IBAN_HEAD.lastIndex = 0;
  for (let m = IBAN_HEAD.exec(text); m !== null; m = IBAN_HEAD.exec(text)) {
    const hit = detectIbanAt(text, m.index);
    if (hit) {
      found.push(hit);
      IBAN_HEAD.lastIndex = hit.end;
    }
  }
  return [...found, ...scan(text, RIB, 'iban', ribKeyIsValid)];
}
