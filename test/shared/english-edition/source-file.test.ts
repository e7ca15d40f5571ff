import { describe, expect, it } from 'vitest';
import { fileEntries, fingerprint, translationSkeleton } from '@shared/english-edition/source-file';

describe('translationSkeleton', () => {
  it('groups the fields of a field list under its id, one entry per field with its label and value', () => {
    const file = translationSkeleton('profil', {
      title: 'Processus de Rabat',
      dateline: null,
      blocks: [
        {
          kind: 'fields',
          id: 'd-0000000a',
          items: [
            { id: 't-0000000b', label: 'Type', value: 'PCR' },
            { id: 't-0000000c', label: 'Créé en', value: '2006' },
          ],
        },
      ],
    });
    expect(file.blocks).toEqual([
      {
        id: 'd-0000000a',
        items: [
          { id: 't-0000000b', source: fingerprint('Type: PCR'), fr: 'Type: PCR', en: '' },
          { id: 't-0000000c', source: fingerprint('Créé en: 2006'), fr: 'Créé en: 2006', en: '' },
        ],
      },
    ]);
    expect(fileEntries(file).map((entry) => entry.id)).toEqual(['t-0000000b', 't-0000000c']);
  });
});
