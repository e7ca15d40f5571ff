import { describe, expect, it } from 'vitest';
import { filterNotes, groupNotes, noteSearchText, sortNotes } from '@shared/annotation/notes-list';
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
const byText = (candidate: NoteRow): string => noteSearchText(candidate, titles);

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
