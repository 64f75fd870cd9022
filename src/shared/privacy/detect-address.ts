import type { PersonalDataFinding } from './personal-data-types';
import { anyCase, finding, LETTER, WORD_END, WORD_START } from './text-scan';

/** Street words that only name a street: a number before them is enough. */
const STREET = anyCase([
  'rue',
  'ruelle',
  'avenue',
  'av',
  'ave',
  'boulevard',
  'bd',
  'bld',
  'blvd',
  'chemin',
  'allée',
  'allee',
  'allées',
  'allees',
  'impasse',
  'imp',
  'quai',
  'square',
  'montée',
  'montee',
  'traverse',
  'lotissement',
  'faubourg',
  'fbg',
  'venelle',
  'rte',
  'lieu-dit',
  'lieudit',
  'lieu dit',
]);

/**
 * Words that are streets only when a capitalised name follows ("3 place du Marché") and
 * ordinary words otherwise ("1 place en crèche", "2 cours de français", "1 lot de couches").
 */
const NAMED_PLACE = anyCase([
  'route',
  'place',
  'pl',
  'cours',
  'passage',
  'voie',
  'ch',
  'clos',
  'domaine',
  'quartier',
  'cité',
  'cite',
  'résidence',
  'résid',
  'rés',
  'lot',
  'hameau',
  'sentier',
  'promenade',
  'esplanade',
  'parvis',
  'corniche',
  'rond-point',
  'parc',
  'mas',
  'villa',
  'ld',
]);

/** Linking words between the street word and its name: "de la", "des", "d'". */
const LINK = String.raw`(?:(?:${anyCase(['de la', 'de l', 'du', 'des', 'de', 'd', 'la', 'le', 'les', 'l', 'aux', 'au'])})(?:\s+|['’]\s*))?`;
const NAME_WORD = String.raw`[${LETTER}][${LETTER}'’\-]*`;
const CAP_WORD = String.raw`\p{Lu}[${LETTER}'’\-]*`;
const MORE_CAP_WORDS = String.raw`(?:\s+(?:de\s+|du\s+|des\s+|d['’])?${CAP_WORD}){0,3}`;
/** A proper name: "du Marché", "Jean Jaurès", "de la Source". */
const PROPER_NAME = `${LINK}${CAP_WORD}${MORE_CAP_WORDS}`;
/** A street's name may also be one lower-case word, typed in a hurry: "rue des lilas". */
const STREET_NAME = `(?:${PROPER_NAME}|${LINK}${NAME_WORD})`;

/** 12, 12bis, 3 bis, 12B, "12," — not the end of a date, a time or a decimal. */
const NUMBER = String.raw`(?<![${LETTER}\d/.,:])\d{1,4}(?:[a-dA-D]|\s?(?:${anyCase(['bis', 'ter', 'quater'])}))?${WORD_END},?\s+`;

const NUMBERED_STREET = new RegExp(
  String.raw`${NUMBER}(?:${STREET})\.?${WORD_END}\s*${STREET_NAME}`,
  'gu',
);
const NUMBERED_PLACE = new RegExp(
  String.raw`${NUMBER}(?:${NAMED_PLACE})\.?${WORD_END}\s*${PROPER_NAME}`,
  'gu',
);
/** Lieu-dit needs no number: rural addresses are often just "lieu-dit Les Aspres". */
const LIEU_DIT = new RegExp(
  String.raw`${WORD_START}(?:${anyCase(['lieu-dit', 'lieudit', 'lieu dit'])})\s+${PROPER_NAME}`,
  'gu',
);

const LIVES_VERBS = anyCase([
  'habite',
  'habitent',
  'habitant',
  'habitante',
  'domicilié',
  'domiciliée',
  'domiciliés',
  'domiciliées',
  'demeurant',
  'demeurante',
  'demeure',
  'réside',
  'résident',
  'résidant',
  'résidante',
  'vit',
  'vivent',
  'logé',
  'logée',
  'logés',
  'hébergé',
  'hébergée',
  'hébergés',
  'hébergées',
]);
const LIVES = String.raw`${WORD_START}(?:${LIVES_VERBS})\s+(?:(?:au|à|a|en|dans|sur)\s+)?(?:(?:la|le|une|un)\s+|l['’]\s*)?`;
/** "habite rue des Lilas", "vit quartier Saint-Antoine": where someone lives, number or not. */
const LIVES_STREET = new RegExp(
  String.raw`${LIVES}(?:(?:${STREET})\.?${WORD_END}\s*${STREET_NAME}|(?:${NAMED_PLACE})\.?${WORD_END}\s*${PROPER_NAME})`,
  'gu',
);

/** Flat numbers: "appt 12", "appartement n°4", "bât. C appt 3". */
const FLAT = new RegExp(
  String.raw`${WORD_START}(?:b[aâ]t(?:iment)?\.?\s*[A-Z\d]{1,2},?\s+)?(?:appt|appart|appartement|apt)\.?\s*(?:n°\s*)?\d{1,4}${WORD_END}`,
  'giu',
);

const PATTERNS = [NUMBERED_STREET, NUMBERED_PLACE, LIEU_DIT, LIVES_STREET, FLAT];

export function detectAddresses(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const regex of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      found.push(finding('adresse', text, m.index, m.index + m[0].length));
    }
  }
  return found;
}
