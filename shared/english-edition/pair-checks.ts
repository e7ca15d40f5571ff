import { findContacts } from '../parser/contacts';
import { functionWordCount, wordsOf } from '../text/function-words';

/**
 * Mechanical checks on one French/English pair. They catch slips — a dropped figure, a
 * retyped address, a sentence left in French — and do not replace a careful reading.
 */
export interface PairProblem {
  check: 'digits' | 'emails' | 'urls' | 'phones' | 'quotations' | 'untranslated' | 'length' | 'empty';
  detail: string;
}

const digitRuns = (text: string): string[] =>
  // Thousands separators differ (1 500 / 1,500): compare figures without them.
  (text.replace(/(\d)[\s\u00A0\u202F,](?=\d{3}\b)/gu, '$1').match(/\d+/gu) ?? []).sort();

const contactsOf = (text: string, type: 'email' | 'url' | 'phone'): string[] =>
  findContacts(text)
    .filter((contact) => contact.type === type)
    .map((contact) => contact.value)
    .sort();

/** Quotations: opening marks of either language's style. */
const quotationCount = (text: string): number => (text.match(/[«“]/gu) ?? []).length;

/** Share of French function words among an English text's words (0 to 1). */
export function frenchWordShare(text: string): number {
  const words = wordsOf(text);
  return words.length === 0 ? 0 : functionWordCount(words, 'fr') / words.length;
}

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

export function checkTranslationPair(fr: string, en: string): PairProblem[] {
  if (en.trim() === '') return [{ check: 'empty', detail: 'no English text' }];
  const problems: PairProblem[] = [];
  const compare = (check: PairProblem['check'], a: string[], b: string[]): void => {
    if (!same(a, b)) problems.push({ check, detail: `French has [${a.join(', ')}], English has [${b.join(', ')}]` });
  };
  compare('digits', digitRuns(fr), digitRuns(en));
  compare('emails', contactsOf(fr, 'email'), contactsOf(en, 'email'));
  compare('urls', contactsOf(fr, 'url'), contactsOf(en, 'url'));
  compare('phones', contactsOf(fr, 'phone'), contactsOf(en, 'phone'));
  if (quotationCount(fr) !== quotationCount(en)) {
    problems.push({
      check: 'quotations',
      detail: `French opens ${quotationCount(fr)} quotation(s), English ${quotationCount(en)}`,
    });
  }
  const share = frenchWordShare(en);
  const words = en.split(/\s+/u).length;
  if (words >= 4 && share > 0.12) {
    problems.push({
      check: 'untranslated',
      detail: `${Math.round(share * 100)}% of the English words are French function words`,
    });
  }
  const ratio = en.length / fr.length;
  // English usually runs 5–25 % shorter than French; far outside that, something is missing or added.
  if (fr.length >= 40 && (ratio < 0.55 || ratio > 1.45)) {
    problems.push({ check: 'length', detail: `English is ${Math.round(ratio * 100)}% of the French length` });
  }
  return problems;
}
