import type { BackupData } from '@shared/backup/envelope';

/** A person's data as a backup holds it: a bookmark of each kind, two notes, both settings. */
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
        quote: { type: 'TextQuoteSelector', exact: '(PCR)', prefix: 'sur la migration ', suffix: ' réunissent' },
        position: { type: 'TextPositionSelector', start: 55, end: 60 },
        body: 'À relire avant la réunion — « PCR » 🙂',
        createdAt: 1_700_000_200_000,
        updatedAt: 1_700_000_300_000,
      },
      {
        id: 'n2',
        target: { docId: 'about-iom', blockId: 'p-3a8ebd50', itemId: null, language: 'en' },
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: null,
        body: '',
        createdAt: 5,
        updatedAt: 5,
      },
    ],
    settings: [
      { key: 'language', value: 'en' },
      { key: 'readingMode', value: 'both' },
    ],
  };
}
