import type { BackupData } from '@shared/backup/envelope';
import type { ImportedDocumentRow } from '@shared/library/imported-document';
import type { BookmarkRowVersion2, NoteRowVersion2 } from '../renderer/src/db/versions/v3';

/**
 * A person's data, as the database and a backup hold it, anchored in the bundled dataset: a bookmark of each kind (document,
 * list item), a tagged highlight with a note on selected words, an empty note on a whole passage
 * in English, a detached note on a whole document, both settings.
 */
export function personData(): BackupData {
  return {
    bookmarks: [
      {
        id: '3f0c2a1e-7b9d-4c4e-9a51-0d6f2b7c8e90',
        target: { docId: 'regional-consultative-processes', blockId: null, itemId: null },
        label: 'Pour la réunion de mars',
        createdAt: 1_700_000_000_000,
      },
      {
        id: 'b2',
        target: { docId: 'regional-consultative-processes', blockId: 'l-0a1b2c3d', itemId: 'i-4e5f6a7b' },
        label: null,
        createdAt: 1_700_000_100_000,
      },
    ],
    notes: [
      {
        id: 'n1',
        target: { docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', itemId: null, language: 'fr' },
        quote: {
          type: 'TextQuoteSelector',
          exact: '(PCR)',
          prefix: 'sur la migration ',
          suffix: ' sont des dialogues',
        },
        position: { type: 'TextPositionSelector', start: 54, end: 59 },
        body: 'À relire avant la réunion — « PCR » 🙂',
        colour: 'yellow',
        tags: ['PCR', 'réunion de mars'],
        anchorState: 'anchored',
        createdAt: 1_700_000_200_000,
        updatedAt: 1_700_000_300_000,
      },
      {
        id: 'n2',
        target: { docId: 'about-iom', blockId: 'p-99706fb4', itemId: null, language: 'en' },
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: null,
        body: '',
        colour: null,
        tags: [],
        anchorState: 'anchored',
        createdAt: 5,
        updatedAt: 5,
      },
      {
        id: 'n3',
        target: { docId: 'about-iom', blockId: null, itemId: null, language: 'fr' },
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: null,
        body: 'Document à *partager* avec [le bureau](https://www.iom.int/fr)',
        colour: null,
        tags: ['PCR'],
        anchorState: 'detached',
        createdAt: 6,
        updatedAt: 7,
      },
    ],
    settings: [
      { key: 'language', value: 'en' },
      { key: 'readingMode', value: 'both' },
    ],
    importedDocuments: [importedDocument()],
  };
}

/**
 * A person's data as versions 1 and 2 of the database held it (no screen wrote any, but a
 * database may hold some): notes with a bare quote, bookmarks on a passage.
 */
export function personDataVersion2(): {
  bookmarks: BookmarkRowVersion2[];
  notes: NoteRowVersion2[];
  settings: BackupData['settings'];
} {
  return {
    bookmarks: [
      { id: 'b1', docId: 'regional-consultative-processes', blockId: 'p-dc4f13e7', createdAt: 3 },
      { id: 'b2', docId: 'about-iom', blockId: 'h-0a1b2c3d', createdAt: 4 },
    ],
    notes: [
      {
        id: 'n1',
        docId: 'regional-consultative-processes',
        blockId: 'p-dc4f13e7',
        quote: 'dialogues régionaux',
        body: 'À relire — « PCR »',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_500_000,
      },
      {
        id: 'n2',
        docId: 'regional-consultative-processes',
        blockId: 'q-9d35987a',
        quote: '',
        body: '',
        createdAt: 5,
        updatedAt: 5,
      },
      { id: 'n3', docId: 'about-iom', blockId: 'p-3a8ebd50', quote: 'OIM', body: 'x', createdAt: 7, updatedAt: 9 },
    ],
    settings: [
      { key: 'language', value: 'en' },
      { key: 'readingMode', value: 'both' },
    ],
  };
}

/**
 * A page a person imported from a saved web page: a title, a dateline, a paragraph, a list, in
 * English; a bookmark or note on it would point at `my-…` ids.
 */
export function importedDocument(): ImportedDocumentRow {
  const id = 'my-5d41402abc4b2a76';
  return {
    id,
    document: {
      id,
      language: 'en',
      title: { text: 'Migration dialogue in Dakar', source: 'page' },
      dateline: { place: 'Dakar', dateText: '18 January 2024', raw: 'Dakar – 18 January 2024 –' },
      blocks: [
        {
          kind: 'paragraph',
          id: 'p-1a2b3c4d',
          text: 'Officials met to review the regional action plan.',
          footnoteMarkers: [],
        },
        {
          kind: 'list',
          id: 'l-2b3c4d5e',
          introducedBy: null,
          items: [{ id: 'i-3c4d5e6f', text: 'Border management', duplicateOf: null }],
        },
      ],
      truncation: null,
      role: 'page',
      sourceFile: 'dakar-dialogue.html',
      kind: 'news',
      date: { iso: '2024-01-18', precision: 'day' },
      place: { fr: 'Dakar', en: 'Dakar' },
      sourceUrl: 'https://www.iom.int/news/migration-dialogue-dakar',
      topics: [],
      warnings: [],
      english: null,
      editorialNotes: [],
    },
    format: 'html',
    fileName: 'dakar-dialogue.html',
    contentHash: '5d41402abc4b2a76b9719d911017c592ae0f2b1b8a2d1e4c5f6a7b8c9d0e1f2a',
    pairedWith: null,
    alignment: null,
    importedAt: 1_700_000_500_000,
    updatedAt: 1_700_000_500_000,
  };
}
