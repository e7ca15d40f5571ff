// Dexie's live queries watch the global IndexedDB (a worker's, in the app): give the test one.
// oxlint-disable-next-line import/no-unassigned-import
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '@shared/search/analyzer';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import { SearchIndex, type StoredSearchIndex } from '@shared/search/search-index';
import { ingestDataset } from '../../../renderer/src/db/ingest';
import { readSearchCorpus } from '../../../renderer/src/search/search-corpus';
import { SearchService } from '../../../renderer/src/search/search-service';
import { bundledDataset, nextDataset } from '../../dataset-fixture';
import { databasesPerTest, openTestDatabase } from '../db/database';
import { importedDocument } from '../../user-data-fixture';

const dataset = bundledDataset();

async function ingested() {
  const db = openTestDatabase();
  await ingestDataset(db, dataset);
  return db;
}

const firstHitOf = async (service: SearchService, query: string) =>
  (await service.search({ query, language: 'en' })).groups[0]?.hits[0]?.id;

describe('SearchService', () => {
  const keep = databasesPerTest();

  it('builds the index on first use and stores it with the dataset and analyzer versions', async () => {
    const db = keep(await ingested());
    const prepared = await new SearchService(db).prepare();
    expect(prepared.origin).toBe('built');
    expect(await db.searchIndex.get('bundle')).toMatchObject({
      datasetVersion: dataset.version,
      analyzerVersion: ANALYZER_VERSION,
    });
  });

  it('loads the stored index on the next start instead of building it, and answers the same', async () => {
    const db = keep(await ingested());
    const first = new SearchService(db);
    await first.prepare();
    const second = new SearchService(db);
    expect((await second.prepare()).origin).toBe('loaded');
    expect(await firstHitOf(second, 'Prague Process ')).toBe(await firstHitOf(first, 'Prague Process '));
    expect(await firstHitOf(second, 'Prague Process ')).toBe('regional-consultative-processes#i-ea445cc1');
  });

  it('rebuilds an index stored by other analyzers', async () => {
    const db = keep(await ingested());
    await new SearchService(db).prepare();
    await db.searchIndex.update('bundle', { analyzerVersion: ANALYZER_VERSION - 1 });
    expect((await new SearchService(db).prepare()).origin).toBe('built');
  });

  it.each([
    ['an index stored as JSON, as before', () => '{"not an index' as unknown as StoredSearchIndex],
    [
      'postings naming an entry there is not',
      (stored: StoredSearchIndex) => ({ ...stored, postings: stored.postings.map(() => 0xffffffff) }),
    ],
    ['parts that disagree', (stored: StoredSearchIndex) => ({ ...stored, offsets: stored.offsets.slice(1) })],
  ])('rebuilds a damaged stored index rather than failing: %s', async (_case, damage) => {
    const db = keep(await ingested());
    await new SearchService(db).prepare();
    const stored = (await db.searchIndex.get('bundle'))!.serialized;
    await db.searchIndex.update('bundle', { serialized: damage(stored) });
    const service = new SearchService(db);
    expect((await service.prepare()).origin).toBe('built');
    expect(await firstHitOf(service, 'Prague Process ')).toBe('regional-consultative-processes#i-ea445cc1');
  });

  it('finds a new dataset after an ingest: the ingest clears the stored index with the content', async () => {
    const db = keep(await ingested());
    await new SearchService(db).prepare();
    const next = nextDataset(dataset);
    await ingestDataset(db, next);
    expect(await db.searchIndex.count()).toBe(0);
    expect((await new SearchService(db).prepare()).origin).toBe('built');
    expect(await db.searchIndex.get('bundle')).toMatchObject({ datasetVersion: next.version });
  });

  it('indexes what the store holds exactly as the dataset it came from', async () => {
    const db = keep(await ingested());
    const corpus = await readSearchCorpus(db);
    // The store keeps the glossary by id; the dataset, in the file's order.
    const byId = (entries: ReturnType<typeof corpusEntries>) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(corpusEntries(corpus))).toEqual(byId(corpusEntries(dataset)));
    expect(new Map([...corpusAcronyms(corpus)].sort())).toEqual(new Map([...corpusAcronyms(dataset)].sort()));
  });

  it('offers the kinds, years and reference sections there are to filter by', async () => {
    const db = keep(await ingested());
    const { facets } = await new SearchService(db).prepare();
    expect(facets.kinds).toEqual(['news', 'press-release', 'reference', 'statement']);
    expect(facets.years).toEqual([2024, 2022, 2019, 2013]);
    expect(facets.sections.map((section) => section.label.en)).toContain('Europe (Eurasia)');
  });

  it('answers with no hit and no suggestion for a query with no word, and says the query was cut', async () => {
    const db = keep(await ingested());
    const service = new SearchService(db);
    const answer = await service.search({ query: `${'\u0000?'.repeat(5000)}`, language: 'fr' });
    expect(answer).toMatchObject({ total: 0, suggestion: null, groups: [], query: { words: 0, truncated: true } });
  });

  it('matches the engine used directly (the CLI’s) on the same query', async () => {
    const db = keep(await ingested());
    const service = new SearchService(db);
    const direct = SearchIndex.build(corpusEntries(dataset), corpusAcronyms(dataset));
    const ids = (await service.search({ query: 'coopération Sud-Sud ', language: 'fr' })).groups.flatMap((group) =>
      group.hits.map((hit) => hit.id),
    );
    expect(new Set(ids)).toEqual(
      new Set(direct.search('coopération Sud-Sud ', { limit: 60 }).hits.map((hit) => hit.entry.id)),
    );
  });
});

describe("SearchService and a person's notes", () => {
  const keep = databasesPerTest();
  const note = {
    id: 'n-banjul',
    target: { docId: 'regional-consultative-processes', blockId: 'p-06327f87', itemId: null, language: 'fr' as const },
    quote: { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' },
    position: null,
    body: 'Préparer la délégation pour Ouagadougou',
    colour: null,
    tags: ['mission'],
    anchorState: 'anchored' as const,
    createdAt: 1,
    updatedAt: 1,
  };
  const notesGroup = async (service: SearchService, query: string) =>
    (await service.search({ query, language: 'fr' })).groups.find((group) => group.docId === '#notes');

  it('finds a note as "Your notes", opening the passage it is on', async () => {
    const db = keep(await ingested());
    await db.notes.add(note);
    const service = new SearchService(db);
    const group = await notesGroup(service, 'ouagadougou');
    service.close();
    expect(group?.hits).toEqual([
      expect.objectContaining({
        kind: 'note',
        targetDocId: 'regional-consultative-processes',
        passageId: 'p-06327f87',
      }),
    ]);
  });

  it('follows notes written, changed and deleted after the index was prepared', async () => {
    const db = keep(await ingested());
    const service = new SearchService(db);
    await service.prepare();
    await db.notes.add(note);
    await expect.poll(async () => (await notesGroup(service, 'ouagadougou'))?.hits.length).toBe(1);
    await db.notes.update(note.id, { body: 'Préparer la délégation pour Niamey', updatedAt: 2 });
    await expect.poll(async () => (await notesGroup(service, 'niamey'))?.hits.length).toBe(1);
    expect(await notesGroup(service, 'ouagadougou')).toBeUndefined();
    await db.notes.delete(note.id);
    await expect.poll(async () => await notesGroup(service, 'niamey')).toBeUndefined();
    service.close();
  });

  it('leaves a bare highlight to the document it is on', async () => {
    const db = keep(await ingested());
    await db.notes.add({
      ...note,
      body: '',
      tags: [],
      colour: 'yellow',
      quote: { ...note.quote, exact: 'États membres' },
    });
    const service = new SearchService(db);
    expect(await notesGroup(service, 'membres')).toBeUndefined();
    service.close();
  });
});

describe("SearchService and a person's imported documents", () => {
  const keep = databasesPerTest();
  const groupOf = async (service: SearchService, query: string) =>
    (await service.search({ query, language: 'en' })).groups.find((group) => group.docId === importedDocument().id);

  it('finds an imported document already in the library when the index is prepared', async () => {
    const db = keep(await ingested());
    await db.importedDocuments.add(importedDocument());
    const service = new SearchService(db);
    const group = await groupOf(service, 'regional action plan');
    expect(group?.hits[0]).toMatchObject({ blockId: 'p-1a2b3c4d' });
    service.close();
  });

  it('follows documents imported and deleted after the index was prepared, without rebuilding it', async () => {
    const db = keep(await ingested());
    const service = new SearchService(db);
    const prepared = await service.prepare();
    await db.importedDocuments.add(importedDocument());
    await expect.poll(async () => (await groupOf(service, 'border management'))?.hits.length).toBe(1);
    await db.importedDocuments.delete(importedDocument().id);
    await expect.poll(async () => await groupOf(service, 'border management')).toBeUndefined();
    expect((await service.prepare()).origin).toBe(prepared.origin);
    service.close();
  });
});
