import { describe, expect, it } from 'vitest';
import type { Dataset } from '@shared/dataset/schema';
import { ingestDataset } from '../../../renderer/src/db/ingest';
import { reanchorAfterIngest } from '../../../renderer/src/db/reanchor-after-ingest';
import { bundledDataset } from '../../dataset-fixture';
import { importedDocument, personData } from '../../user-data-fixture';
import { databasesPerTest, openTestDatabase } from './database';

/** The bundled dataset with the RCP page's first paragraph rewritten and the About page removed. */
function nextVersion(): Dataset {
  const dataset = bundledDataset();
  return {
    ...dataset,
    version: `${dataset.version}-next`,
    documents: dataset.documents
      .filter((document) => document.id !== 'about-iom')
      .map((document) =>
        document.id !== 'regional-consultative-processes'
          ? document
          : {
              ...document,
              blocks: document.blocks.map((block) =>
                block.id === 'p-dc4f13e7' && block.kind === 'paragraph'
                  ? { ...block, id: 'p-0f0f0f0f', text: `Depuis 1985, ${block.text}` }
                  : block,
              ),
            },
      ),
  };
}

describe('re-anchoring after an ingest', () => {
  const keep = databasesPerTest();

  it('moves a note whose passage changed, detaches those whose document is gone, deletes none, and reports it', async () => {
    const db = keep(openTestDatabase());
    const { notes, settings } = personData();
    await db.notes.bulkAdd(notes);
    await db.settings.bulkAdd(settings);
    const dataset = nextVersion();
    await ingestDataset(db, dataset);
    const report = await reanchorAfterIngest(db, dataset, 99);
    expect(report).toEqual({
      datasetVersion: dataset.version,
      at: 99,
      unchanged: 0,
      moved: ['n1'],
      detached: ['n2', 'n3'],
    });
    expect(await db.settings.get('reanchorReport')).toEqual({ key: 'reanchorReport', value: report });
    const moved = await db.notes.get('n1');
    expect(moved).toMatchObject({
      target: { blockId: 'p-0f0f0f0f' },
      quote: { exact: '(PCR)' },
      position: { start: 54 + 'Depuis 1985, '.length },
      anchorState: 'anchored',
      body: notes[0]!.body,
      updatedAt: notes[0]!.updatedAt,
    });
    expect((await db.notes.toArray()).map((note) => [note.id, note.anchorState])).toEqual([
      ['n1', 'anchored'],
      ['n2', 'detached'],
      ['n3', 'detached'],
    ]);
  });

  it('leaves a note on a person’s imported document as it is: a new dataset does not change that text', async () => {
    const db = keep(openTestDatabase());
    const [note] = personData().notes;
    const onImport = {
      ...note!,
      id: 'n-import',
      target: { docId: importedDocument().id, blockId: 'p-1a2b3c4d', itemId: null, language: 'en' as const },
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: 'regional action plan',
        prefix: 'to review the ',
        suffix: '.',
      },
      position: { type: 'TextPositionSelector' as const, start: 28, end: 48 },
    };
    await db.importedDocuments.add(importedDocument());
    await db.notes.add(onImport);
    const dataset = nextVersion();
    await ingestDataset(db, dataset);
    const report = await reanchorAfterIngest(db, dataset, 99);
    expect(report).toMatchObject({ unchanged: 0, moved: [], detached: [] });
    expect(await db.notes.get('n-import')).toEqual(onImport);
    expect(await db.importedDocuments.toArray()).toEqual([importedDocument()]);
  });

  it('writes no report when there is no note (a first run)', async () => {
    const db = keep(openTestDatabase());
    await reanchorAfterIngest(db, bundledDataset());
    expect(await db.settings.get('reanchorReport')).toBeUndefined();
  });
});
