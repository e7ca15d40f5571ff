import { blockTexts } from '../document/passages';
import type { DocumentContent } from '../document/schema';
import { foldText } from '../text/fold';
import { acronymKeys } from './acronym-keys';
import { anchorsOf, anchorSimilarity } from './anchors';

/**
 * Whether two imported documents are the two editions of one page: by their addresses, and
 * failing that by what they share (figures, names, dates) and their languages.
 */

/** The parts of an address (RFC 3986, appendix B: the one regular expression every URI matches). */
const URI = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/u;
const LANGUAGE_CODES = new Set(['fr', 'en', 'fr-fr', 'en-us', 'en-gb', 'fr-ca', 'fra', 'eng']);
const LANGUAGE_PARAMETERS = new Set(['lang', 'language', 'langue', 'hl', 'locale']);

/**
 * An address without what differs between the editions of one page: the scheme, a `www.`,
 * a language sub-domain (`fr.`) or first path segment (`/fr/`), a language parameter
 * (`?lang=fr`), the fragment, trailing slashes, letter case of the host. Null when the text
 * is not a web address.
 */
export function pageKey(address: string): string | null {
  const match = URI.exec(address.trim());
  const scheme = match?.[1]?.toLowerCase();
  const authority = match?.[2]?.toLowerCase();
  if (!match || (scheme !== 'http' && scheme !== 'https') || !authority) return null;
  const host = authority
    .replace(/^[^@]*@/u, '')
    .replace(/:(80|443)$/u, '')
    .split('.')
    .filter(
      (label, index, labels) => !(index === 0 && labels.length > 2 && (label === 'www' || LANGUAGE_CODES.has(label))),
    )
    .join('.');
  const segments = (match[3] ?? '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => safeDecode(segment));
  if (segments[0] !== undefined && LANGUAGE_CODES.has(segments[0].toLowerCase())) segments.shift();
  const query = (match[4] ?? '')
    .split('&')
    .filter((part) => part !== '' && !LANGUAGE_PARAMETERS.has(safeDecode(part.split('=')[0] ?? '').toLowerCase()))
    .sort();
  return `${host}/${segments.join('/')}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** A percent-decoded segment, or the segment as written when its escapes are broken. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Whether two source addresses are the editions of one page (`https://www.iom.int/fr/news/x`
 * and `https://www.iom.int/news/x`; `https://rabat.iom.int/fr/…` and `https://rabat.iom.int/…`;
 * `…?lang=fr`). Two addresses of one page in the same language say so too: the languages are
 * the documents' to tell (see `editionLikelihood`).
 */
export function sameSourcePage(a: string, b: string): boolean {
  const keyA = pageKey(a);
  return keyA !== null && keyA === pageKey(b);
}

/**
 * From this score on, the app may suggest "this is the English edition of …". On the bundle's
 * five pages, each French page against each English one on content alone: 0.56 to 0.70 for
 * the true editions, at most 0.25 for the others.
 */
export const LIKELY_EDITION = 0.45;

/** An imported document as edition detection sees it. */
export interface EditionCandidate {
  content: DocumentContent;
  sourceUrl?: string | null;
  /** An ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  date?: string | null;
}

export interface EditionLikelihood {
  /** 0 (not editions of each other) to 1 (certainly). */
  score: number;
  /** What the score rests on, for the suggestion's wording and for tests. */
  reasons: Array<'languages' | 'address' | 'anchors' | 'date' | 'dateline'>;
}

const documentText = (content: DocumentContent): string =>
  [content.title.text, content.dateline?.raw ?? '', ...content.blocks.flatMap(blockTexts)].join('\n');

/**
 * How likely two documents are the French and the English edition of one page. Zero unless
 * one is French and the other English (a document of unknown language may be either); then
 * the same page address all but settles it, and otherwise the share of figures, names and
 * acronyms they have in common, an equal date and the same dateline place add up.
 */
export function editionLikelihood(
  a: EditionCandidate,
  b: EditionCandidate,
  options: { acronymPairs?: ReadonlyArray<readonly [string, string]> } = {},
): EditionLikelihood {
  const languages = [a.content.language, b.content.language];
  if (languages[0] !== null && languages[0] === languages[1]) return { score: 0, reasons: [] };
  const reasons: EditionLikelihood['reasons'] = [];
  if (languages[0] !== null && languages[1] !== null) reasons.push('languages');
  const [french, english] = a.content.language === 'en' || b.content.language === 'fr' ? [b, a] : [a, b];
  const keys = acronymKeys(options.acronymPairs ?? []);
  const similarity = anchorSimilarity(
    anchorsOf(documentText(french.content), 'fr', keys),
    anchorsOf(documentText(english.content), 'en', keys),
  );
  let score = 0.6 * Math.min(1, similarity / 0.6);
  if (similarity >= 0.3) reasons.push('anchors');
  if (a.sourceUrl && b.sourceUrl && sameSourcePage(a.sourceUrl, b.sourceUrl)) {
    score += 0.6;
    reasons.push('address');
  }
  if (a.date && b.date && a.date === b.date) {
    score += 0.2;
    reasons.push('date');
  }
  const place = (candidate: EditionCandidate): string | null =>
    candidate.content.dateline ? foldText(candidate.content.dateline.place) : null;
  if (place(a) !== null && place(a) === place(b)) {
    score += 0.1;
    reasons.push('dateline');
  }
  // Unknown languages leave a doubt: the two may be the same edition imported twice.
  if (!reasons.includes('languages')) score *= 0.8;
  return { score: Math.min(1, score), reasons };
}
