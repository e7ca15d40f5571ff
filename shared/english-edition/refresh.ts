import { passagesOf } from '../document/passages';
import type { Block, Dateline } from '../document/schema';
import { normaliseForFingerprint } from '../text/normalise';
import {
  fileEntries,
  fingerprint,
  translationSkeleton,
  type TranslatedBlock,
  type TranslationFile,
} from './source-file';

/** An English entry whose French changed: the French it translates, and the French of now. */
export interface StaleEntry {
  id: string;
  /** The id the entry had, when the French edit changed the passage's id. */
  previousId: string;
  before: string;
  after: string;
  en: string;
}

export interface RefreshResult {
  file: TranslationFile;
  /** Entries whose French is unchanged and whose fingerprint was already right. */
  unchanged: number;
  /** Entries whose French is unchanged but whose fingerprint was not: rewritten. */
  refingerprinted: string[];
  /** Entries whose French changed: kept, still fingerprinted for the old French, to revise. */
  stale: StaleEntry[];
  /** French passages with no English at all: added empty, to translate. */
  added: Array<{ id: string; fr: string }>;
  /** English entries for French that is gone and matches no new passage: dropped. */
  removed: Array<{ id: string; fr: string }>;
}

const sameText = (a: string, b: string): boolean => normaliseForFingerprint(a) === normaliseForFingerprint(b);

/**
 * Brings a document's English file back in line with its French after a French edit, without
 * touching any English. Block ids are made from the French, so an edited passage gets a new
 * id: its old entry is recognised by position (the unmatched entries between the same two
 * unchanged neighbours, in order) and moved to the new id, still fingerprinted for the French
 * it translates — the build then marks it stale until someone revises it. An entry whose
 * recorded French equals the current French gets its fingerprint rewritten: that is how a
 * reviser, having updated `en` and `fr`, signs the revision off. Pure.
 */
export function refreshTranslationFile(
  french: { title: string | null; dateline: Dateline | null; blocks: readonly Block[] },
  file: TranslationFile,
): RefreshResult {
  const passages = passagesOf({ blocks: french.blocks }, 'fr');
  const old = fileEntries(file);
  const result: Omit<RefreshResult, 'file'> = { unchanged: 0, refingerprinted: [], stale: [], added: [], removed: [] };

  // First, the passages whose entry is still there: same id, or the same French under another id.
  const matched = new Map<string, number>();
  const taken = new Set<number>();
  passages.forEach((passage) => {
    let index = old.findIndex((entry, at) => !taken.has(at) && entry.id === passage.id);
    if (index < 0) index = old.findIndex((entry, at) => !taken.has(at) && sameText(entry.fr, passage.text));
    if (index >= 0) {
      matched.set(passage.id, index);
      taken.add(index);
    }
  });
  // Then each run of unmatched passages takes, in order, the unmatched entries of the same gap.
  let previous = -1;
  passages.forEach((passage, at) => {
    const here = matched.get(passage.id);
    if (here !== undefined) {
      previous = here;
      return;
    }
    const nextMatched = passages.slice(at + 1).find((later) => matched.has(later.id));
    const limit = nextMatched ? (matched.get(nextMatched.id) ?? old.length) : old.length;
    const candidate = old.findIndex((_entry, index) => index > previous && index < limit && !taken.has(index));
    if (candidate >= 0) {
      matched.set(passage.id, candidate);
      taken.add(candidate);
      previous = candidate;
    }
  });

  const entryFor = (id: string, text: string): TranslatedBlock => {
    const index = matched.get(id);
    const entry = index === undefined ? undefined : old[index];
    if (!entry) {
      result.added.push({ id, fr: text });
      return { id, source: fingerprint(text), fr: text, en: '' };
    }
    if (sameText(entry.fr, text)) {
      if (entry.source === fingerprint(text) && entry.id === id) result.unchanged += 1;
      else result.refingerprinted.push(id);
      return { ...entry, id, source: fingerprint(text), fr: text };
    }
    if (entry.source === fingerprint(text)) {
      // The fingerprint already matches: only the recorded French was out of date.
      result.refingerprinted.push(id);
      return { ...entry, id, fr: text };
    }
    result.stale.push({ id, previousId: entry.id, before: entry.fr, after: text, en: entry.en });
    return { ...entry, id };
  };

  const skeleton = translationSkeleton(file.document, french);
  const blocks = skeleton.blocks.map((block) =>
    'items' in block
      ? { id: block.id, items: block.items.map((item) => entryFor(item.id, item.fr)) }
      : entryFor(block.id, block.fr),
  );
  old.forEach((entry, index) => {
    if (!taken.has(index)) result.removed.push({ id: entry.id, fr: entry.fr });
  });

  const staleHeader = (
    id: 'title' | 'dateline',
    entry: { fr: string; source: string } | null,
    now: string,
    en: string,
  ) => {
    if (entry && !sameText(entry.fr, now) && entry.source !== fingerprint(now))
      result.stale.push({ id, previousId: id, before: entry.fr, after: now, en });
  };
  if (french.title !== null) staleHeader('title', file.title, french.title, file.title?.en ?? '');
  if (french.dateline !== null) staleHeader('dateline', file.dateline, french.dateline.raw, file.dateline?.place ?? '');
  const title =
    french.title === null
      ? null
      : file.title && sameText(file.title.fr, french.title)
        ? { ...file.title, source: fingerprint(french.title), fr: french.title }
        : (file.title ?? skeleton.title);
  const dateline =
    french.dateline === null
      ? null
      : file.dateline && sameText(file.dateline.fr, french.dateline.raw)
        ? { ...file.dateline, source: fingerprint(french.dateline.raw), fr: french.dateline.raw }
        : (file.dateline ?? skeleton.dateline);
  return { ...result, file: { ...file, title, dateline, blocks } };
}
