import { describe, expect, it } from 'vitest';
import { datasetToRows } from '../../../renderer/src/db/ingest';
import { citationSourceFor } from '../../../renderer/src/reader/citation-source';
import { buildDocumentView } from '../../../renderer/src/reader/document-view';
import { bundledDataset } from '../../dataset-fixture';

const rows = datasetToRows(bundledDataset());
const viewOf = (id: string) => {
  const document = rows.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return buildDocumentView(
    document,
    rows.blocks.filter((row) => row.docId === id),
    'fr',
  );
};

describe('what a citation says of a passage', () => {
  it('numbers the passage in its document and takes the title, date and place in the quote’s language', () => {
    const view = viewOf('los-angeles-declaration-statement');
    const second = view.rows[1]?.block.id ?? '';
    const source = citationSourceFor(view, { blockId: second, itemId: null, language: 'en', quote: 'x' }, 'v1', 0);
    expect(source.paragraph).toBe(2);
    expect(source.title).toBe(view.document.english?.title?.text);
    expect(source.place).toBe(view.document.place?.en ?? null);
    expect(source.date).toEqual(view.document.date);
  });

  it('says whether a passage’s English is IOM’s published text or ours', () => {
    const view = viewOf('los-angeles-declaration-statement');
    const origins = view.rows.map(
      (row) =>
        citationSourceFor(view, { blockId: row.block.id, itemId: null, language: 'en', quote: 'x' }, 'v1', 0)
          .englishOrigin,
    );
    expect(origins).toContain('published');
    expect(origins).toContain('ours');
    const french = citationSourceFor(
      view,
      { blockId: view.rows[0]?.block.id ?? '', itemId: null, language: 'fr', quote: 'x' },
      'v1',
      0,
    );
    expect(french.englishOrigin).toBeNull();
  });

  it('flags a truncated source and a passage an editorial note corrects', () => {
    const view = viewOf('regional-consultative-processes');
    const [corrected] = [...view.editorialNotes.keys()];
    const source = citationSourceFor(
      view,
      { blockId: corrected ?? '', itemId: null, language: 'fr', quote: 'x' },
      'v1',
      0,
    );
    expect(source.sourceTruncated).toBe(true);
    expect(source.corrected).toBe(true);
  });
});
