import type { ReadableDocument } from '../document/schema';
import type { EditionProblem } from './join';
import { provenanceShare, type EditionProvenance } from './provenance';

/** Where one document's English edition stands, for whoever revises it next. */
export interface EditionStatus {
  document: string;
  /** `complete`: every passage translated, none stale; else what needs doing first. */
  state: 'complete' | 'stale' | 'missing';
  /** French passages, title and dateline included. */
  passages: number;
  stale: number;
  missing: number;
  orphans: number;
  /** English passages that are IOM's published text, and ours. */
  published: number;
  ours: number;
  provenance: EditionProvenance;
}

/** The status of each document's English, from the build's join. Pure. */
export function editionStatuses(
  documents: readonly ReadableDocument[],
  problems: ReadonlyArray<{ document: string; problems: readonly EditionProblem[] }>,
): EditionStatus[] {
  return documents.map((document) => {
    const own = problems.find((entry) => entry.document === document.id)?.problems ?? [];
    const count = (kind: EditionProblem['kind']): number => own.filter((problem) => problem.kind === kind).length;
    const english = document.english;
    const share = provenanceShare([
      ...(english?.title ? [english.title] : []),
      ...Object.values(english?.blocks ?? {}),
    ]);
    const missing = count('missing');
    const stale = count('stale');
    return {
      document: document.id,
      state: missing > 0 ? 'missing' : stale > 0 ? 'stale' : 'complete',
      passages: share.total + missing,
      stale,
      missing,
      orphans: count('orphan'),
      published: share.published,
      ours: share.total - share.published,
      provenance: share.provenance,
    };
  });
}
