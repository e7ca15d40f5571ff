import { describe, expect, it } from 'vitest';
import {
  createNoteFilter,
  createNoteTextCache,
  filterNotes,
  foldTitles,
  groupNotes,
  narrowsFilter,
  noteText,
  sortNotes,
} from '@shared/annotation/notes-list';
import type { NoteRow } from '@shared/backup/user-rows';

const note = (id: string, fields: Partial<NoteRow> & { docId?: string } = {}): NoteRow => {
  const { docId = 'doc-a', ...rest } = fields;
  return {
    id,
    target: { docId, blockId: 'p-00000001', itemId: null, language: 'fr' },
    quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
    position: null,
    body: '',
    colour: null,
    tags: [],
    anchorState: 'anchored',
    createdAt: 1,
    updatedAt: 1,
    ...rest,
  };
};
const titles = new Map([
  ['doc-a', 'Processus consultatifs régionaux'],
  ['doc-b', 'Déclaration de Los Angeles'],
]);
const labels = { untagged: 'Untagged', detached: 'Without a place', unknownDocument: 'Removed document' };
const foldedTitles = foldTitles(titles);
const byText = (candidate: NoteRow): string[] => [noteText(candidate), foldedTitles.get(candidate.target.docId) ?? ''];

describe('filterNotes', () => {
  const notes = [
    note('a', { body: 'Réunion à Genève', updatedAt: 5, createdAt: 1 }),
    note('b', { tags: ['Sahel'], updatedAt: 3, createdAt: 2, docId: 'doc-b' }),
    note('c', { quote: { type: 'TextQuoteSelector', exact: 'États membres', prefix: '', suffix: '' }, updatedAt: 4 }),
  ];

  it('keeps notes holding every word typed, accents and case aside, in body, quote, tags or title', () => {
    expect(filterNotes(notes, 'reunion geneve', byText).map((row) => row.id)).toEqual(['a']);
    expect(filterNotes(notes, 'SAHEL', byText).map((row) => row.id)).toEqual(['b']);
    expect(filterNotes(notes, 'etats', byText).map((row) => row.id)).toEqual(['c']);
    expect(filterNotes(notes, 'los angeles', byText).map((row) => row.id)).toEqual(['b']);
    expect(filterNotes(notes, 'geneve sahel', byText)).toEqual([]);
  });

  it('sorts by last change or by date made, newest first', () => {
    expect(sortNotes(notes, 'updated').map((row) => row.id)).toEqual(['a', 'c', 'b']);
    expect(filterNotes(sortNotes(notes, 'created'), ' ', byText).map((row) => row.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('createNoteFilter', () => {
  const notes = [
    note('a', { body: 'Réunion à Genève' }),
    note('b', { body: 'Réunion à Dakar', docId: 'doc-b' }),
    note('c', { body: 'Genève, Sahel' }),
  ];

  it('knows when a filter can only keep fewer notes than the one before', () => {
    expect(narrowsFilter('gen', 'genev')).toBe(true);
    expect(narrowsFilter('reunion', 'geneve Réunion')).toBe(true);
    expect(narrowsFilter('', 'dakar')).toBe(true);
    expect(narrowsFilter('genev', 'gen')).toBe(false);
    expect(narrowsFilter('dakar', 'geneve')).toBe(false);
  });

  it('answers each keystroke as filterNotes does, typing on, back or anew', () => {
    const filter = createNoteFilter();
    for (const query of ['r', 're', 'reunion', 'reunion gen', 'reunion', 'dakar', '', 'sahel genève', 'los']) {
      expect(filter(notes, query, byText)).toEqual(filterNotes(notes, query, byText));
    }
  });

  it('filters all the notes again once the texts they are found by change (titles in another language)', () => {
    const filter = createNoteFilter();
    expect(filter(notes, 'los', (candidate) => [noteText(candidate)])).toEqual([]);
    const englishTitles = foldTitles(new Map([['doc-b', 'Los Angeles Declaration']]));
    const byEnglishText = (candidate: NoteRow): string[] => [
      noteText(candidate),
      englishTitles.get(candidate.target.docId) ?? '',
    ];
    expect(filter(notes, 'los angeles', byEnglishText).map((row) => row.id)).toEqual(['b']);
  });

  it('filters all the notes again once they change', () => {
    const filter = createNoteFilter();
    expect(filter(notes, 'dakar', byText).map((row) => row.id)).toEqual(['b']);
    const changed = [...notes, note('d', { body: 'Dakar' })];
    expect(filter(changed, 'dakar', byText).map((row) => row.id)).toEqual(['b', 'd']);
  });
});

describe('createNoteTextCache', () => {
  it('gives each note its folded text, and folds it again once the note changes', () => {
    const textOf = createNoteTextCache();
    const first = note('a', { body: 'Réunion  à\nGenève', tags: ['Sahel', 'PCR'], updatedAt: 1 });
    expect(textOf(first)).toBe('reunion a geneve sahel pcr');
    expect(textOf(first)).toBe(noteText(first));
    expect(textOf({ ...first, body: 'Dakar', updatedAt: 2 })).toBe('dakar sahel pcr');
  });
});

describe('groupNotes', () => {
  const notes = [
    note('a', { tags: ['Sahel', 'PCR'] }),
    note('b', { docId: 'doc-b', tags: ['PCR'] }),
    note('c', { anchorState: 'detached' }),
    note('d', { docId: 'gone' }),
  ];

  it('by document: notes without a place first, then documents in the order their notes come', () => {
    const rows = groupNotes(notes, 'document', titles, labels);
    expect(rows.map((row) => (row.kind === 'group' ? `# ${row.label} (${row.count})` : row.note.id))).toEqual([
      '# Without a place (1)',
      'c',
      '# Processus consultatifs régionaux (1)',
      'a',
      '# Déclaration de Los Angeles (1)',
      'b',
      '# Removed document (1)',
      'd',
    ]);
  });

  it('by tag: a note under each of its tags, tags in alphabetical order, untagged ones last', () => {
    const rows = groupNotes(notes, 'tag', titles, labels);
    expect(rows.map((row) => (row.kind === 'group' ? `# ${row.label}` : row.note.id))).toEqual([
      '# Without a place',
      'c',
      '# PCR',
      'a',
      'b',
      '# Sahel',
      'a',
      '# Untagged',
      'c',
      'd',
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
