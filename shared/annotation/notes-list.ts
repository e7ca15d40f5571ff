import { foldText } from '../text/fold';
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

/** The text a note is found by: its body, its quote, its tags and its document's title, folded. */
export function noteSearchText(note: NoteRow, titles: DocumentTitles): string {
  return foldText([note.body, note.quote.exact, ...note.tags, titles.get(note.target.docId) ?? ''].join('\n'));
}

/** Notes newest first, by last change or by date made. Pure. */
export function sortNotes(notes: readonly NoteRow[], order: NoteOrder): NoteRow[] {
  const key = order === 'updated' ? 'updatedAt' : 'createdAt';
  return [...notes].sort((a, b) => b[key] - a[key] || a.id.localeCompare(b.id));
}

/**
 * The notes whose text holds every word typed (accents and case aside), in the order given:
 * sort once (`sortNotes`), filter at each keystroke. `searchText` lets the caller keep the
 * folded texts between keystrokes. Pure.
 */
export function filterNotes(
  notes: readonly NoteRow[],
  query: string,
  searchText: (note: NoteRow) => string,
): NoteRow[] {
  const words = foldText(query).split(/\s+/u).filter(Boolean);
  return words.length === 0
    ? [...notes]
    : notes.filter((note) => words.every((word) => searchText(note).includes(word)));
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
