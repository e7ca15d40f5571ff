import { describe, expect, it } from 'vitest';
import { ingestDataset, type IngestProgress } from '../../../renderer/src/db/ingest';
import { ABOUT_DOCUMENT_ID } from '@shared/document/vocabulary';
import { CONTENT_TABLES, USER_TABLES, type ReperesDatabase } from '../../../renderer/src/db/schema';
import { personData } from '../../user-data-fixture';
import { aboutDocumentOf, bundledDataset, libraryPagesOf, nextDataset } from '../../dataset-fixture';
import { databasesPerTest, openTestDatabase, userRowsOf } from './database';
import { recordDbCore } from './dbcore-recorder';

const dataset = bundledDataset();

/** What a person owns, as the user tables hold it, to compare byte for byte. */
const userTables = async (db: ReperesDatabase): Promise<string> => JSON.stringify(await userRowsOf(db));

async function seedUserData(db: ReperesDatabase): Promise<void> {
  const data = personData();
  for (const table of USER_TABLES) await db.table(table).bulkAdd(data[table]);
}

describe('ingestDataset', () => {
  const keep = databasesPerTest();

  it('stores every document and block, the About IOM document with its role, and the version', async () => {
    const db = keep(openTestDatabase());
    expect(await ingestDataset(db, dataset)).toBe('ingested');
    expect(await db.documents.count()).toBe(dataset.documents.length);
    expect(await db.documents.get(ABOUT_DOCUMENT_ID)).toMatchObject({
      role: 'about',
      blockCount: aboutDocumentOf(dataset).blocks.length,
    });
    const blockTotal = dataset.documents.reduce((sum, document) => sum + document.blocks.length, 0);
    expect(await db.blocks.count()).toBe(blockTotal);
    expect(await db.datasetMeta.get('current')).toMatchObject({
      version: dataset.version,
      documentCount: dataset.documents.length,
    });
  });

  it('stores the English edition with each block and the glossary', async () => {
    const db = keep(openTestDatabase());
    await ingestDataset(db, dataset);
    const reference = await db.blocks
      .where('[docId+order]')
      .between(['regional-consultative-processes', 0], ['regional-consultative-processes', Infinity])
      .toArray();
    const list = reference.find((row) => row.block.kind === 'list');
    expect(list && list.block.kind === 'list' && list.block.items.every((item) => list.english[item.id]?.text)).toBe(
      true,
    );
    expect((await db.documents.get('regional-consultative-processes'))?.english?.title?.text).toBe(
      'Regional Consultative Processes on Migration',
    );
    expect(await db.glossary.count()).toBe(dataset.glossary.length);
  });

  it('reports progress up to the total', async () => {
    const db = keep(openTestDatabase());
    const progress: IngestProgress[] = [];
    await ingestDataset(db, dataset, (step) => progress.push(step));
    expect(progress[0]).toMatchObject({ done: 0 });
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });

  it('does nothing the second time for the same version', async () => {
    const db = keep(openTestDatabase());
    await ingestDataset(db, dataset);
    const before = JSON.stringify(await db.blocks.toArray());
    const { ingestedAt } = (await db.datasetMeta.get('current')) ?? { ingestedAt: 0 };
    expect(await ingestDataset(db, dataset)).toBe('up-to-date');
    expect(JSON.stringify(await db.blocks.toArray())).toBe(before);
    expect((await db.datasetMeta.get('current'))?.ingestedAt).toBe(ingestedAt);
  });

  it('replaces the content for a new version and leaves user tables byte for byte', async () => {
    const db = keep(openTestDatabase());
    await ingestDataset(db, dataset);
    await seedUserData(db);
    const before = await userTables(db);
    const next = nextDataset(dataset);
    expect(await ingestDataset(db, next)).toBe('ingested');
    expect(await userTables(db)).toBe(before);
    expect((await db.documents.get(next.documents[0]?.id ?? ''))?.title.text).toMatch(/\(mis à jour\)$/u);
    expect(await db.documents.get(libraryPagesOf(dataset).at(-1)?.id ?? '')).toBeUndefined();
    expect((await db.datasetMeta.get('current'))?.version).toBe(next.version);
  });

  it('keeps the previous version whole when an ingest fails half-way', async () => {
    const db = keep(openTestDatabase());
    await ingestDataset(db, dataset);
    await seedUserData(db);
    const content = JSON.stringify(await db.blocks.toArray());
    const users = await userTables(db);
    const next = nextDataset(dataset);
    const [first, ...rest] = next.documents;
    if (!first?.blocks[0]) throw new Error('the first document has no block');
    // Two blocks with one id in one document: the second bulk insert fails mid-transaction.
    // (A copy of the blocks: the fixture's documents are shared with the other tests.)
    const broken = { ...next, documents: [{ ...first, blocks: [...first.blocks, first.blocks[0]] }, ...rest] };
    await expect(ingestDataset(db, broken)).rejects.toThrow();
    expect(JSON.stringify(await db.blocks.toArray())).toBe(content);
    expect((await db.datasetMeta.get('current'))?.version).toBe(dataset.version);
    expect(await userTables(db)).toBe(users);
  });

  it('writes only content tables on a first ingest, in a transaction scoped to them', async () => {
    const db = keep(openTestDatabase());
    const recorded = recordDbCore(db);
    await db.open();
    recorded.mutations.length = 0;
    recorded.transactions.length = 0;
    await ingestDataset(db, dataset);
    expect(recorded.mutations.length).toBeGreaterThan(0);
    expect(new Set(recorded.mutations.map((mutation) => mutation.table))).toEqual(new Set(CONTENT_TABLES));
    const written = recorded.transactions.filter((transaction) => transaction.mode === 'readwrite');
    expect(written.map((transaction) => [...transaction.tables].sort())).toEqual([[...CONTENT_TABLES].sort()]);
  });

  it("writes only content tables when a new dataset version arrives over a person's data", async () => {
    const db = keep(openTestDatabase());
    const recorded = recordDbCore(db);
    await ingestDataset(db, dataset);
    await seedUserData(db);
    recorded.mutations.length = 0;
    await ingestDataset(db, nextDataset(dataset));
    expect(recorded.mutations.length).toBeGreaterThan(0);
    const contentTables: readonly string[] = CONTENT_TABLES;
    expect(recorded.mutations.filter((mutation) => !contentTables.includes(mutation.table))).toEqual([]);
  });
});
