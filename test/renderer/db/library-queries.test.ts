import { describe, expect, it } from 'vitest';
import { alignEditions } from '@shared/align/align-editions';
import {
  deleteImportedDocument,
  importedByContentHash,
  pairImportedDocuments,
  restoreImportedDocument,
  saveImportedDocuments,
  unpairImportedDocument,
} from '../../../renderer/src/db/library-queries';
import { getDocument, getDocumentBlocks } from '../../../renderer/src/db/queries';
import { importedDocument } from '../../user-data-fixture';
import { databasesPerTest, openTestDatabase } from './database';

const english = importedDocument();
const french = {
  ...english,
  id: 'my-aaaaaaaaaaaaaaaa',
  contentHash: 'a'.repeat(64),
  fileName: 'dakar-fr.txt',
  document: {
    ...english.document,
    id: 'my-aaaaaaaaaaaaaaaa',
    language: 'fr' as const,
    title: { text: 'Dialogue sur la migration à Dakar', source: 'page' as const },
    blocks: [
      {
        kind: 'paragraph' as const,
        id: 'p-0f0f0f0f',
        text: 'Les responsables ont examiné le plan d’action régional.',
        footnoteMarkers: [],
      },
    ],
  },
};

describe('the personal library in the store', () => {
  const keep = databasesPerTest();

  it('saves new documents once, leaves one already there as it is, and finds them by content hash', async () => {
    const db = keep(openTestDatabase());
    expect(await saveImportedDocuments(db, [english, english])).toEqual([english.id]);
    const edited = { ...english, fileName: 'other.html' };
    expect(await saveImportedDocuments(db, [edited, french])).toEqual([french.id]);
    expect((await db.importedDocuments.get(english.id))?.fileName).toBe(english.fileName);
    expect([...(await importedByContentHash(db, [english.contentHash, 'f'.repeat(64)])).keys()]).toEqual([
      english.contentHash,
    ]);
  });

  it('deletes a document and puts it back exactly as it was', async () => {
    const db = keep(openTestDatabase());
    await saveImportedDocuments(db, [english]);
    const removed = await deleteImportedDocument(db, english.id);
    expect(await db.importedDocuments.count()).toBe(0);
    await restoreImportedDocument(db, removed!);
    expect(await db.importedDocuments.get(english.id)).toEqual(english);
    expect(await deleteImportedDocument(db, 'my-0000000000000000')).toBeNull();
  });

  it('pairs a French and an English import: the French reads with the English aligned, English-only passages kept', async () => {
    const db = keep(openTestDatabase());
    await saveImportedDocuments(db, [english, french]);
    await pairImportedDocuments(db, french.id, english.id, alignEditions(french.document, english.document), 5);
    const document = await getDocument(db, french.id);
    expect(document?.english?.title?.text).toBe('Migration dialogue in Dakar');
    const blocks = await getDocumentBlocks(db, french.id);
    // Every block of both editions is read: the French paragraph, and the English list alone.
    expect(blocks.map((row) => [row.id, row.language ?? 'fr'])).toEqual(
      expect.arrayContaining([
        ['p-0f0f0f0f', 'fr'],
        ['l-2b3c4d5e', 'en'],
      ]),
    );
    expect(blocks.map((row) => row.order)).toEqual(blocks.map((_, index) => index));
    expect((await db.importedDocuments.get(english.id))?.pairedWith).toBe(french.id);
  });

  it('unpairs both editions, and reads the French alone again', async () => {
    const db = keep(openTestDatabase());
    await saveImportedDocuments(db, [english, french]);
    await pairImportedDocuments(db, french.id, english.id, alignEditions(french.document, english.document));
    await unpairImportedDocument(db, english.id);
    const rows = await db.importedDocuments.toArray();
    expect(rows.map((row) => [row.pairedWith, row.alignment])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect((await getDocument(db, french.id))?.english).toBeNull();
  });

  it('reads the French alone when its English edition was deleted', async () => {
    const db = keep(openTestDatabase());
    await saveImportedDocuments(db, [english, french]);
    await pairImportedDocuments(db, french.id, english.id, alignEditions(french.document, english.document));
    await deleteImportedDocument(db, english.id);
    expect((await getDocument(db, french.id))?.english).toBeNull();
    expect((await getDocumentBlocks(db, french.id)).map((row) => row.id)).toEqual(['p-0f0f0f0f']);
  });
});
