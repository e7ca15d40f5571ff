import { describe, expect, it } from 'vitest';
import { ImportedDocumentRowSchema } from '@shared/library/imported-document';
import { importedRowFromDraft, initialCorrections, titleIsValid, type LibraryDraft } from '@shared/library/from-draft';

const draft = (): LibraryDraft => ({
  format: 'page-export',
  fileName: 'banjul.txt',
  contentHash: 'a'.repeat(64),
  content: {
    language: 'fr',
    title: { text: 'Dialogue à Banjul', source: 'page' },
    dateline: { place: 'Banjul', dateText: '25 juillet', raw: 'Banjul, 25 juillet' },
    blocks: [{ kind: 'paragraph', id: 'p-0a1b2c3d', text: 'Le Réseau se réunit.', footnoteMarkers: [] }],
    truncation: null,
  },
  kind: 'press-release',
  date: null,
  place: 'Banjul',
  sourceUrl: 'https://www.iom.int/fr/news/banjul',
  warnings: [],
});

describe('importedRowFromDraft', () => {
  it('makes a row the backup schema accepts, its id from the content hash', () => {
    const row = importedRowFromDraft(draft(), initialCorrections(draft()), 1_700_000_000_000);
    expect(ImportedDocumentRowSchema.parse(row)).toEqual(row);
    expect(row.id).toBe('my-aaaaaaaaaaaaaaaa');
    expect(row.document.id).toBe(row.id);
  });

  it('keeps the corrections: title (marked as given by the person), kind, language and date', () => {
    const row = importedRowFromDraft(
      draft(),
      { title: '  Banjul, juillet 2024 ', kind: 'news', language: 'en', date: { iso: '2024-07', precision: 'month' } },
      0,
    );
    expect(row.document.title).toEqual({ text: 'Banjul, juillet 2024', source: 'metadata' });
    expect(row.document).toMatchObject({ kind: 'news', language: 'en', date: { iso: '2024-07', precision: 'month' } });
  });

  it('keeps the page title as found when the person leaves it', () => {
    expect(importedRowFromDraft(draft(), initialCorrections(draft()), 0).document.title).toEqual({
      text: 'Dialogue à Banjul',
      source: 'page',
    });
  });

  it('drops a source address that is not https', () => {
    const row = importedRowFromDraft(
      { ...draft(), sourceUrl: 'http://example.org/page' },
      initialCorrections(draft()),
      0,
    );
    expect(row.document.sourceUrl).toBeNull();
  });
});

describe('initialCorrections', () => {
  it('defaults an unknown kind to news and an unknown language to French', () => {
    const unknown = { ...draft(), kind: null, content: { ...draft().content, language: null } };
    expect(initialCorrections(unknown)).toMatchObject({ kind: 'news', language: 'fr' });
  });
});

describe('titleIsValid', () => {
  it('refuses a blank title and one the length of a page', () => {
    expect(titleIsValid('   ')).toBe(false);
    expect(titleIsValid('x'.repeat(301))).toBe(false);
    expect(titleIsValid('Dialogue à Banjul')).toBe(true);
  });
});
