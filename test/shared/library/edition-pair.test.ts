import { describe, expect, it } from 'vitest';
import { alignEditions } from '@shared/align/align-editions';
import type { ReadableDocument } from '@shared/document/schema';
import { EditionAlignmentSchema } from '@shared/library/edition-pair';
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

describe('EditionAlignmentSchema', () => {
  it('accepts what the aligner makes', () => {
    const alignment = alignEditions(french(), english());
    expect(EditionAlignmentSchema.parse(alignment)).toEqual(alignment);
  });

  it('refuses rows with ids that are not block ids, or a confidence out of range', () => {
    const row = { fr: ['p-0f0f0f0f'], en: ['p-1a2b3c4d'], confidence: 0.9, basis: 'anchors' };
    expect(EditionAlignmentSchema.safeParse({ rows: [{ ...row, fr: ['<script>'] }], items: {} }).success).toBe(false);
    expect(EditionAlignmentSchema.safeParse({ rows: [{ ...row, confidence: 2 }], items: {} }).success).toBe(false);
    expect(EditionAlignmentSchema.safeParse({ rows: [{ ...row, basis: 'guess' }], items: {} }).success).toBe(false);
    expect(EditionAlignmentSchema.safeParse({ rows: [row], items: {}, extra: 1 }).success).toBe(false);
  });
});
