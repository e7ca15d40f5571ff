import { describe, expect, it } from 'vitest';
import { alignEditions } from '@shared/align/align-editions';
import { ReadableDocumentSchema, type ReadableDocument } from '@shared/document/schema';
import { pairEditions } from '@shared/library/pair-editions';
import { importedDocument } from '../../user-data-fixture';

const english = (): ReadableDocument => ({
  ...importedDocument().document,
  blocks: [
    {
      kind: 'paragraph',
      id: 'p-1a2b3c4d',
      text: 'In Dakar, 15 States met to review the regional action plan.',
      footnoteMarkers: [],
    },
    { kind: 'paragraph', id: 'p-9e9e9e9e', text: 'Related links: IOM West and Central Africa.', footnoteMarkers: [] },
  ],
});

const french = (): ReadableDocument => ({
  ...importedDocument().document,
  id: 'my-aaaaaaaaaaaaaaaa',
  language: 'fr',
  title: { text: 'Dialogue sur la migration à Dakar', source: 'page' },
  dateline: { place: 'Dakar', dateText: '18 janvier 2024', raw: 'Dakar – 18 janvier 2024 –' },
  blocks: [
    {
      kind: 'paragraph',
      id: 'p-0f0f0f0f',
      text: 'À Dakar, 15 États ont examiné le plan d’action régional.',
      footnoteMarkers: [],
    },
  ],
});

describe('pairEditions', () => {
  it('gives the French edition the English of each passage, its English title and dateline, as a valid document', () => {
    const alignment = alignEditions(french(), english());
    const paired = pairEditions(french(), english(), alignment);
    expect(ReadableDocumentSchema.parse(paired.document)).toEqual(paired.document);
    expect(paired.document.english?.title?.text).toBe('Migration dialogue in Dakar');
    expect(paired.document.english?.dateline).toEqual({ place: 'Dakar', dateText: '18 January 2024', stale: false });
    expect(paired.document.english?.blocks['p-0f0f0f0f']?.text).toBe(
      'In Dakar, 15 States met to review the regional action plan.',
    );
  });

  it('keeps an English passage with no French counterpart, after the French block it follows', () => {
    const paired = pairEditions(french(), english(), alignEditions(french(), english()));
    expect(paired.englishOnly.map(({ after, block }) => [after, block.id])).toEqual([['p-0f0f0f0f', 'p-9e9e9e9e']]);
  });
});
