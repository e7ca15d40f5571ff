import type { Dataset } from '@shared/dataset/schema';
import { corpusEntries } from '@shared/search/corpus';
import type { SearchEntry } from '@shared/search/entries';

/**
 * The search benchmark's corpus, made deterministically from the bundled dataset: each
 * synthetic document takes about ten of the dataset's passage pairs (French and English
 * together, as the app indexes them) and mixes a few words of the dataset's vocabulary into
 * each, so that documents differ and the vocabulary grows with the size as real text would.
 */

export const PASSAGES_PER_DOCUMENT = 10;

/** mulberry32: a small seeded generator, so that every run indexes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsOf = (texts: Array<string | null>): string[] => [
  ...new Set(texts.flatMap((text) => (text ?? '').split(/[^\p{L}]+/u)).filter((word) => word.length > 3)),
];

export function syntheticEntries(dataset: Dataset, documentCount: number): SearchEntry[] {
  const pairs = corpusEntries(dataset).filter((entry) => entry.source === 'document' && entry.text.fr && entry.text.en);
  const vocabulary = {
    fr: wordsOf(pairs.map((entry) => entry.text.fr)),
    en: wordsOf(pairs.map((entry) => entry.text.en)),
  };
  const next = random(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const extra = (language: 'fr' | 'en'): string =>
    Array.from({ length: 3 }, () => pick(vocabulary[language])).join(' ');
  const kinds = ['news', 'press-release', 'statement', 'reference'] as const;
  const entries: SearchEntry[] = [];
  for (let document = 0; document < documentCount; document += 1) {
    const docId = `syn-${String(document).padStart(6, '0')}`;
    const docKind = pick(kinds);
    const year = 2000 + Math.floor(next() * 25);
    for (let passage = 0; passage < PASSAGES_PER_DOCUMENT; passage += 1) {
      const base = pick(pairs);
      entries.push({
        ...base,
        id: `${docId}#p${passage}`,
        docId,
        passageId: `p${passage}`,
        blockId: `p${passage}`,
        order: passage,
        docKind,
        year,
        sections: [],
        text: { fr: `${base.text.fr} ${extra('fr')}`, en: `${base.text.en} ${extra('en')}` },
      });
    }
  }
  return entries;
}

/** The queries timed, by class; "as you type" are each prefix of the phrase, one keystroke at a time. */
export const QUERY_CLASSES: Record<string, readonly string[]> = {
  exact: ['Almaty ', 'migrants disparus ', 'Prague Process ', 'Osotimehin ', 'coopération régionale ', 'UNFPA '],
  'as you type (prefix + fuzzy)': [...prefixes('Processus de Prague'), ...prefixes('missing migrants')],
  fuzzy: ['Vitorinno ', 'laboratoirs ', 'Banjoul ', 'migrents ', 'coperation '],
  phrase: ['"coopération Sud-Sud"', '"human face"', '"migrations sûres, ordonnées et régulières"'],
  'cross-lingual': ['Eastern Partnership Panel ', 'Partenariat oriental ', 'visage humain ', 'missing migrants sea '],
};

function prefixes(text: string): string[] {
  return Array.from({ length: text.length - 1 }, (_unused, index) => text.slice(0, index + 2));
}
