import { describe, expect, it } from 'vitest';
import { ABOUT_DOCUMENT_ID } from '@shared/document/vocabulary';
import { datasetToRows } from '../../../renderer/src/db/ingest';
import { buildDocumentView } from '../../../renderer/src/reader/document-view';
import { bundledDataset } from '../../dataset-fixture';

const rows = datasetToRows(bundledDataset());
const viewOf = (id: string, leading: 'fr' | 'en') => {
  const document = rows.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return buildDocumentView(
    document,
    rows.blocks.filter((row) => row.docId === id),
    leading,
  );
};

describe('buildDocumentView', () => {
  it("says how much of the English is IOM's published text", () => {
    expect(viewOf('los-angeles-declaration-statement', 'en').englishProvenance).toEqual({
      total: 7,
      published: 4,
      provenance: 'partly',
    });
    expect(viewOf('gcm-africa-americas-dialogue', 'en').englishProvenance?.provenance).toBe('ours');
  });

  it('titles the table of contents in the leading language', () => {
    expect(viewOf('regional-consultative-processes', 'fr').outline[0]?.text).toBe(
      'Les principales réalisations des PCR sont les suivantes :',
    );
    expect(viewOf('regional-consultative-processes', 'en').outline[0]?.text).toBe(
      'The main achievements of RCPs are the following:',
    );
  });

  it('gives a short document no table of contents', () => {
    expect(viewOf('los-angeles-declaration-statement', 'fr').outline).toEqual([]);
  });

  it('links passages of a page under the reader, and of About IOM under its own view', () => {
    expect(viewOf('bapa40-south-south-cooperation', 'fr').linkBase).toBe('/read/bapa40-south-south-cooperation');
    expect(viewOf(ABOUT_DOCUMENT_ID, 'fr').linkBase).toBe('/about');
  });

  it('points each footnote marker to its footnote and marks where the source stops', () => {
    const view = viewOf('regional-consultative-processes', 'fr');
    expect(view.truncatedAt).toMatch(/^i-/u);
    const gcm = viewOf('gcm-africa-americas-dialogue', 'fr');
    expect([...gcm.footnoteHrefs.values()]).toEqual([
      expect.stringMatching(/^#\/read\/gcm-africa-americas-dialogue\/f-/u),
    ]);
  });

  it('opens a news item with its dateline in both languages', () => {
    const view = viewOf('gcm-africa-americas-dialogue', 'fr');
    expect(view.firstParagraphId).toMatch(/^p-/u);
    expect(view.datelines.fr?.place).toBe('Banjul');
    expect(view.datelines.en?.place).toBe('Banjul');
  });

  it('keeps the editorial note on 002 beside its passage', () => {
    expect(viewOf('regional-consultative-processes', 'fr').editorialNotes.size).toBe(1);
  });
});
