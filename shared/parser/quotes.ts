import type { Speaker } from '../document/schema';

const OPENING_QUOTE = /^[«“"]/u;

/** True when a paragraph is a quotation: it opens with a quotation mark. */
export const isQuotation = (text: string): boolean => OPENING_QUOTE.test(text.trim());

// Reporting verbs that introduce the speaker after a quotation, in French and English.
const REPORTING_VERB = [
  'a déclaré',
  'déclare',
  'a ajouté',
  'ajoute',
  'a affirmé',
  'affirme',
  'a souligné',
  'souligne',
  'a dit',
  'dit',
  'a indiqué',
  'indique',
  'a expliqué',
  'explique',
  'a précisé',
  'précise',
  'a fait observer',
  'fait observer',
  'a fait remarquer',
  'fait remarquer',
  'a poursuivi',
  'a conclu',
  'a estimé',
  'estime',
  'a rappelé',
  'rappelle',
  'a noté',
  'note',
  'said',
  'says',
  'added',
  'adds',
  'stated',
  'states',
  'noted',
  'notes',
  'explained',
  'remarked',
  'observed',
  'stressed',
  'underlined',
  'concluded',
]
  .sort((a, b) => b.length - a.length)
  .join('|');

const SPEAKER_AFTER_QUOTE = new RegExp(String.raw`[»”"]\s*,?\s*(?:${REPORTING_VERB})\s+([^«“"]+)`, 'u');
// "l’Ambassadeur": the elided article is glued to the word after it.
const LEADING_ARTICLE = /^(?:(?:le|la|the)\s+|l['’]\s*)/iu;
// Abbreviated titles whose full stop does not end the sentence.
const TITLE_ABBREVIATION = /^(?:Dr|M|Mme|Mlle|Me|Pr|Prof|Mr|Mrs|Ms|St)\.$/u;

/** The person a quotation is attributed to, when the text names one after the quotation. */
export function findSpeaker(text: string): Speaker | null {
  const match = SPEAKER_AFTER_QUOTE.exec(text);
  if (!match) return null;
  const attribution = endOfSentence(match[1] ?? '')
    .replace(LEADING_ARTICLE, '')
    .trim();
  const [name = '', ...roleParts] = attribution.split(/,\s+/u);
  if (!/^\p{Lu}/u.test(name)) return null;
  const role = roleParts.join(', ').trim();
  return { name: name.trim(), role: role === '' ? null : role };
}

/** Cuts an attribution at the full stop that ends its sentence, skipping "Dr." and the like. */
function endOfSentence(text: string): string {
  const words = text.trim().split(/\s+/u);
  const kept: string[] = [];
  for (const word of words) {
    if (/\.$/u.test(word) && !TITLE_ABBREVIATION.test(word)) {
      kept.push(word.slice(0, -1));
      break;
    }
    kept.push(word);
  }
  return kept.join(' ');
}
