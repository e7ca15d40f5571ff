import { Dexie } from 'dexie';
import type { Dataset } from '@shared/dataset/schema';
import { corpusAcronyms, corpusEntries } from '@shared/search/corpus';
import type { SearchEntry } from '@shared/search/entries';
import { flexSearchEngine, ourEngine, type BenchEngine } from './search-engines';
import { QUERY_CLASSES, syntheticEntries } from './search-corpus';

/**
 * The page side of `npm run bench:search`, bundled for Chromium: builds each engine's index on
 * a corpus, stores its serialized form in IndexedDB, reads it back and loads it (what a warm
 * start does), and times every query of the fixed set, each several times.
 */

export type EngineName = 'ours' | 'flexsearch';

export interface SearchSample {
  entries: number;
  buildMs: number;
  serializedBytes: number;
  storeMs: number;
  /** Reading the stored form from IndexedDB and loading it into a working index. */
  loadMs: number;
  /** Memory held by the loaded index (the JavaScript heap after garbage collection, and its typed arrays), in MB. */
  heapMB: number;
  /** Milliseconds per query, by query class. */
  queries: Record<string, number[]>;
  /** The first hit of each exact query, to check both engines answer. */
  firstHits: Record<string, string | null>;
}

export interface SearchBenchPage {
  run(size: number | 'bundled', engine: EngineName, repeats: number): Promise<SearchSample>;
}

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** The bytes a stored form takes: its strings in UTF-8, its typed arrays as they are. */
function storedBytes(value: unknown): number {
  if (typeof value === 'string') return new TextEncoder().encode(value).length;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).reduce((sum: number, part) => sum + storedBytes(part), 0);
  }
  return 8;
}

/** The bytes of the typed arrays in a value. */
function typedArrayBytes(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).reduce((sum: number, part) => sum + typedArrayBytes(part), 0);
  }
  return 0;
}

let dataset: Dataset | null = null;
const corpora = new Map<number | 'bundled', SearchEntry[]>();

const heap = (): number => {
  window.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
};

async function run(size: number | 'bundled', engineName: EngineName, repeats: number): Promise<SearchSample> {
  dataset ??= (await (await fetch('/dataset.json')).json()) as Dataset;
  const entries = corpora.get(size) ?? (size === 'bundled' ? corpusEntries(dataset) : syntheticEntries(dataset, size));
  corpora.set(size, entries);
  const create = (): BenchEngine => (engineName === 'ours' ? ourEngine(corpusAcronyms(dataset!)) : flexSearchEngine());

  let engine = create();
  let started = performance.now();
  engine.build(entries);
  const buildMs = performance.now() - started;
  const parts = await engine.serialize();
  const serializedBytes = storedBytes(parts);

  const db = new Dexie(`bench-${engineName}-${size}-${Date.now()}`);
  db.version(1).stores({ parts: 'key' });
  started = performance.now();
  await db.table('parts').bulkPut(Object.entries(parts).map(([key, data]) => ({ key, data })));
  const storeMs = performance.now() - started;
  db.close();

  engine = create();
  const before = heap();
  const reopened = new Dexie(db.name);
  reopened.version(1).stores({ parts: 'key' });
  started = performance.now();
  const rows = (await reopened.table('parts').toArray()) as Array<{ key: string; data: unknown }>;
  await engine.load(Object.fromEntries(rows.map((row) => [row.key, row.data])), entries);
  const loadMs = performance.now() - started;
  // Typed arrays keep their bytes outside the JavaScript heap: the index holds the ones it read.
  const heapMB = (heap() - before + typedArrayBytes(rows)) / 1024 / 1024;
  await reopened.delete();

  // One untimed pass first: the JIT compiles the search code on it, as it would after the first query.
  for (const list of Object.values(QUERY_CLASSES)) for (const query of list) engine.search(query);
  const queries: Record<string, number[]> = {};
  const firstHits: Record<string, string | null> = {};
  for (const [name, list] of Object.entries(QUERY_CLASSES)) {
    queries[name] = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      for (const query of list) {
        const queryStarted = performance.now();
        const ids = engine.search(query);
        queries[name].push(performance.now() - queryStarted);
        if (name === 'exact') firstHits[query] = ids[0] ?? null;
      }
    }
  }
  return { entries: entries.length, buildMs, serializedBytes, storeMs, loadMs, heapMB, queries, firstHits };
}

window.searchBench = { run };

declare global {
  interface Window {
    searchBench: SearchBenchPage;
  }
}
