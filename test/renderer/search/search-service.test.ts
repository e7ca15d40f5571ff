import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION } from '@shared/search/analyzer';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import { SearchIndex } from '@shared/search/search-index';
import { ingestDataset } from '../../../renderer/src/db/ingest';
import { readSearchCorpus } from '../../../renderer/src/search/search-corpus';
import { SearchService } from '../../../renderer/src/search/search-service';
import { bundledDataset, nextDataset } from '../../dataset-fixture';
import { databasesPerTest, openTestDatabase } from '../db/database';

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

  it('rebuilds a damaged stored index rather than failing', async () => {
    const db = keep(await ingested());
    await new SearchService(db).prepare();
    await db.searchIndex.update('bundle', { serialized: '{"not an index' });
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
