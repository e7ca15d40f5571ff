import type { EnglishText } from '../document/schema';
import type { EnglishOrigin } from '../document/vocabulary';

/**
 * How much of a document's English is IOM's own: `published` (every passage), `partly`
 * (some), `ours` (none: our translation throughout, unofficial). The build reports it and
 * the reader says it above the text, from the same function.
 */
export type EditionProvenance = 'published' | 'partly' | 'ours';

/** A passage's origin; English written before provenance was recorded is ours. */
export const originOf = (english: Pick<EnglishText, 'origin'>): EnglishOrigin => english.origin ?? 'ours';

export interface ProvenanceShare {
  /** Passages with English. */
  total: number;
  /** Of those, IOM's published English. */
  published: number;
  provenance: EditionProvenance;
}

/** The share of published passages among a document's English passages. */
export function provenanceShare(passages: Iterable<Pick<EnglishText, 'origin'>>): ProvenanceShare {
  let total = 0;
  let published = 0;
  for (const passage of passages) {
    total += 1;
    if (originOf(passage) === 'published') published += 1;
  }
  const provenance = published === 0 ? 'ours' : published === total ? 'published' : 'partly';
  return { total, published, provenance };
}
