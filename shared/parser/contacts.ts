import type { ContactPoint } from '../document/schema';

/** A contact point found in a text, with where it stands (UTF-16 offsets). */
export interface ContactMatch extends ContactPoint {
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A web address ends before trailing punctuation that belongs to the sentence.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+[^\s<>"«»“”.,;:!?)\]']/gu;
// Phone numbers are only trusted when labelled ("Tel :", "Tél.", "Phone") or written in
// international form (+…): bare digit runs in IOM pages are dates, counts and paragraph numbers.
const LABELLED_PHONE =
  /(?:\bT[ée]l(?:[ée]phone)?|\bPhone|\bFax|\bMobile|\bPortable)\.?\s*:?\s*(\+?\s?\(?\d[\d\s()./-]{5,}\d(?:\s*ext\.?\s*\d+)?)/giu;
const INTERNATIONAL_PHONE = /\+\s?\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,6}(?:\s*ext\.?\s*\d+)?/gu;

/** Finds e-mail addresses, web addresses and phone numbers in reading order, without overlaps. */
export function findContacts(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  const add = (type: ContactPoint['type'], value: string, start: number): void => {
    const end = start + value.length;
    if (found.some((other) => start < other.end && other.start < end)) return;
    found.push({ type, value, start, end });
  };
  // Each pattern runs only where its one necessary character is: most passages hold no
  // contact point, and the e-mail pattern alone, tried at every letter, made opening a
  // document measurably slower.
  if (text.includes('@')) for (const match of text.matchAll(EMAIL)) add('email', match[0], match.index);
  if (text.includes('http') || text.includes('www.')) {
    for (const match of text.matchAll(URL)) add('url', match[0], match.index);
  }
  if (/\d/u.test(text)) {
    for (const match of text.matchAll(LABELLED_PHONE)) {
      const number = (match[1] ?? '').trimEnd();
      add('phone', number, match.index + match[0].indexOf(number));
    }
  }
  if (text.includes('+')) {
    for (const match of text.matchAll(INTERNATIONAL_PHONE)) add('phone', match[0].trimEnd(), match.index);
  }
  return found.sort((a, b) => a.start - b.start);
}
