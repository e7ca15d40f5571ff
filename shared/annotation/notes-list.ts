import { createWordFolder, foldText } from '../text/fold';
import type { NoteRow } from '../backup/user-rows';

/**
 * The Notes view's list, as pure functions over rows: filtered by what a person types,
 * sorted, and grouped by document or by tag into the flat list of headers and notes the
 * view renders (virtualised, so it stays fast with ten thousand notes).
 */

export const NOTE_GROUPINGS = ['document', 'tag'] as const;
export type NoteGrouping = (typeof NOTE_GROUPINGS)[number];
export const NOTE_ORDERS = ['updated', 'created'] as const;
export type NoteOrder = (typeof NOTE_ORDERS)[number];

/** What the list shows of a document: its title in the interface language. */
export type DocumentTitles = ReadonlyMap<string, string>;

export type NoteListRow =
  | { kind: 'group'; key: string; label: string; count: number; detached: boolean }
  | { kind: 'note'; key: string; note: NoteRow };

/** The text a note is found by: its body, its quote and its tags, folded (its document's title apart). */
export function noteText(note: NoteRow, fold: (text: string) => string = foldText): string {
  return [fold(note.body), fold(note.quote.exact), ...note.tags.map(fold)].filter((part) => part !== '').join(' ');
}

/** Each document's title, folded once: a note is found by its document's title too. Pure. */
export function foldTitles(titles: DocumentTitles): Map<string, string> {
  return new Map([...titles].map(([docId, title]) => [docId, foldText(title)]));
}

/**
 * `noteText` of each note, kept by id while the note is unchanged: ten thousand notes are
 * folded once, as they arrive, and a keystroke or a change to one note folds nothing again.
 * Words shared between notes are folded once too.
 */
export function createNoteTextCache(): (note: NoteRow) => string {
  const fold = createWordFolder();
  const texts = new Map<string, { updatedAt: number; text: string }>();
  return (note) => {
    const known = texts.get(note.id);
    if (known && known.updatedAt === note.updatedAt) return known.text;
    const text = noteText(note, fold);
    texts.set(note.id, { updatedAt: note.updatedAt, text });
    return text;
  };
}

/** Notes newest first, by last change or by date made. Pure. */
export function sortNotes(notes: readonly NoteRow[], order: NoteOrder): NoteRow[] {
  const key = order === 'updated' ? 'updatedAt' : 'createdAt';
  return [...notes].sort((a, b) => b[key] - a[key] || a.id.localeCompare(b.id));
}

/**
 * The notes holding every word typed (accents and case aside) in one of their folded texts
 * (`searchTexts`: the note's own and its document's title), in the order given: sort once
 * (`sortNotes`), filter at each keystroke. Pure.
 */
export function filterNotes(
  notes: readonly NoteRow[],
  query: string,
  searchTexts: (note: NoteRow) => readonly string[],
): NoteRow[] {
  const words = filterWords(query);
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const texts = searchTexts(note);
    return words.every((word) => texts.some((text) => text.includes(word)));
  });
}

/** The folded words of a filter, as `filterNotes` reads them. */
const filterWords = (query: string): string[] => foldText(query).split(/\s+/u).filter(Boolean);

/**
 * Whether every note `next` keeps was kept by `previous` too: each word of `previous` lies
 * inside a word of `next` (typing on, or adding a word). Pure.
 */
export function narrowsFilter(previous: string, next: string): boolean {
  const nextWords = filterWords(next);
  return filterWords(previous).every((word) => nextWords.some((nextWord) => nextWord.includes(word)));
}

/**
 * `filterNotes` that remembers its last answer: while a person types on, each keystroke
 * filters the notes the previous one kept instead of all ten thousand. Same results as
 * `filterNotes` for the same notes, in the same order. New notes or new `searchTexts` (the
 * titles in another language) filter every note again: pass a stable `searchTexts`.
 */
export function createNoteFilter(): typeof filterNotes {
  let last: {
    notes: readonly NoteRow[];
    searchTexts: (note: NoteRow) => readonly string[];
    query: string;
    kept: NoteRow[];
  } | null = null;
  return (notes, query, searchTexts) => {
    const narrows =
      last !== null && last.notes === notes && last.searchTexts === searchTexts && narrowsFilter(last.query, query);
    const kept = filterNotes(narrows && last ? last.kept : notes, query, searchTexts);
    last = { notes, searchTexts, query, kept };
    return kept;
  };
}

/**
 * Notes under headers: by document (documents in the order of their newest note; notes that
 * lost their place in a group of their own, first, so they are seen), or by tag (a note under
 * each of its tags; untagged ones last). Pure.
 */
export function groupNotes(
  notes: readonly NoteRow[],
  grouping: NoteGrouping,
  titles: DocumentTitles,
  labels: { untagged: string; detached: string; unknownDocument: string },
): NoteListRow[] {
  const groups = new Map<string, { label: string; detached: boolean; notes: NoteRow[] }>();
  const add = (key: string, label: string, detached: boolean, note: NoteRow): void => {
    const group = groups.get(key) ?? { label, detached, notes: [] };
    group.notes.push(note);
    groups.set(key, group);
  };
  const detached = notes.filter((note) => note.anchorState === 'detached');
  for (const note of detached) add('#detached', labels.detached, true, note);
  for (const note of notes) {
    if (grouping === 'document') {
      if (note.anchorState === 'detached') continue;
      add(`doc:${note.target.docId}`, titles.get(note.target.docId) ?? labels.unknownDocument, false, note);
    } else if (note.tags.length === 0) {
      continue;
    } else {
      for (const tag of note.tags) add(`tag:${tag.toLocaleLowerCase('fr')}`, tag, false, note);
    }
  }
  const ordered = [...groups.entries()];
  if (grouping === 'tag') {
    ordered.sort(([a, first], [b, second]) =>
      a === '#detached' ? -1 : b === '#detached' ? 1 : first.label.localeCompare(second.label, 'fr'),
    );
    const untagged = notes.filter((note) => note.tags.length === 0);
    if (untagged.length > 0) ordered.push(['#untagged', { label: labels.untagged, detached: false, notes: untagged }]);
  }
  return ordered.flatMap(([key, group]) => [
    { kind: 'group' as const, key, label: group.label, count: group.notes.length, detached: group.detached },
    ...group.notes.map((note) => ({ kind: 'note' as const, key: `${key}/${note.id}`, note })),
  ]);
}
