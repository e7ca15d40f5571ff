import { findSpeaker } from '../parser/quotes';
import { passagesOf } from '../document/passages';
import type { Block, Dateline, EnglishEdition, EnglishText, PublishedEnglishSource } from '../document/schema';
import { fileEntries, fingerprint, type TranslationFile } from './source-file';

export interface EditionProblem {
  kind: 'missing' | 'stale' | 'orphan';
  /** The block or item id, or `title` / `dateline`. */
  target: string;
  detail: string;
}

/**
 * Joins a document's English source to its French blocks. An English entry whose
 * fingerprint no longer matches its French text is kept but marked stale; a French text
 * without English, or English without its French, is reported.
 */
export function joinEnglishEdition(
  french: { title: string | null; dateline: Dateline | null; blocks: readonly Block[] },
  file: TranslationFile | undefined,
  publishedSources: readonly PublishedEnglishSource[] = [],
): { edition: EnglishEdition | null; problems: EditionProblem[] } {
  const texts = passagesOf({ blocks: french.blocks }, 'fr');
  if (!file) {
    return {
      edition: null,
      problems: texts.length ? [{ kind: 'missing', target: 'document', detail: 'no English edition' }] : [],
    };
  }
  const problems: EditionProblem[] = [];
  const entries = new Map(fileEntries(file).map((entry) => [entry.id, entry]));
  const blocks: Record<string, EnglishText> = {};
  for (const { id, text, kind } of texts) {
    const entry = entries.get(id);
    entries.delete(id);
    if (!entry || entry.en.trim() === '') {
      problems.push({ kind: 'missing', target: id, detail: `no English for "${text.slice(0, 60)}"` });
      continue;
    }
    const stale = entry.source !== fingerprint(text);
    if (stale)
      problems.push({
        kind: 'stale',
        target: id,
        detail: `the French changed since the English was written: "${text.slice(0, 60)}"`,
      });
    const origin = entry.origin ?? 'ours';
    blocks[id] =
      kind === 'quote'
        ? { text: entry.en, stale, speaker: findSpeaker(entry.en), origin }
        : { text: entry.en, stale, origin };
  }
  for (const id of entries.keys()) {
    problems.push({ kind: 'orphan', target: id, detail: 'English for a block the French no longer has' });
  }

  let title: EnglishText | null = null;
  if (french.title !== null) {
    if (!file.title || file.title.en.trim() === '')
      problems.push({ kind: 'missing', target: 'title', detail: 'no English title' });
    else {
      const stale = file.title.source !== fingerprint(french.title);
      if (stale) problems.push({ kind: 'stale', target: 'title', detail: 'the French title changed' });
      title = { text: file.title.en, stale, origin: file.title.origin ?? 'ours' };
    }
  }
  let dateline: EnglishEdition['dateline'] = null;
  if (french.dateline !== null) {
    if (!file.dateline || file.dateline.place.trim() === '')
      problems.push({ kind: 'missing', target: 'dateline', detail: 'no English dateline' });
    else {
      const stale = file.dateline.source !== fingerprint(french.dateline.raw);
      if (stale) problems.push({ kind: 'stale', target: 'dateline', detail: 'the French dateline changed' });
      dateline = { place: file.dateline.place, dateText: file.dateline.dateText || null, stale };
    }
  }
  return { edition: { title, dateline, blocks, publishedSources: [...publishedSources] }, problems };
}
