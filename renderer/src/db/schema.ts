import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ReadingMode } from '../settings/reading-mode';
import type { BundledGlossaryEntry } from '@shared/dataset/schema';
import type { Block, ReadableDocument, EnglishEdition, EnglishText } from '@shared/document/schema';
import type { Language } from '@shared/document/vocabulary';

/**
 * The renderer's offline store, in one file. Content tables hold the bundled dataset and
 * are replaced when it changes; user tables hold what a person makes and are never touched
 * by an ingest. Every future version that transforms data calls a named, exported, pure
 * upgrade function tested from the version before it.
 */

/** A document without its blocks, as the library lists it. */
export interface DocumentRow extends Omit<ReadableDocument, 'blocks' | 'english'> {
  /** Position in the library (kind, then newest first). */
  order: number;
  /** The first lines of the text, for the library, in each language we have. */
  excerpt: { fr: string; en: string | null };
  blockCount: number;
  headingCount: number;
  /** The English edition's title and dateline; its blocks are on the block rows. */
  english: Pick<EnglishEdition, 'title' | 'dateline'> | null;
}

export interface BlockRow {
  docId: string;
  /** Block id, unique within its document. */
  id: string;
  order: number;
  block: Block;
  /** Our English for this block and, for a list, for each of its items, by id. */
  english: Record<string, EnglishText>;
}

export type GlossaryRow = BundledGlossaryEntry;

export interface DatasetMetaRow {
  key: 'current';
  version: string;
  documentCount: number;
  ingestedAt: number;
}

export interface BookmarkRow {
  id: string;
  docId: string;
  blockId: string;
  createdAt: number;
}

export interface NoteRow {
  id: string;
  docId: string;
  blockId: string;
  /** The passage the note is about, kept to re-anchor it when the text changes. */
  quote: string;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export type SettingRow = { key: 'language'; value: Language } | { key: 'readingMode'; value: ReadingMode };

export const DATABASE_NAME = 'reperes';
export const CONTENT_TABLES = ['documents', 'blocks', 'datasetMeta', 'glossary'] as const;
export const USER_TABLES = ['bookmarks', 'notes', 'settings'] as const;

export class ReperesDatabase extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>;
  blocks!: Table<BlockRow, [string, string]>;
  datasetMeta!: EntityTable<DatasetMetaRow, 'key'>;
  bookmarks!: EntityTable<BookmarkRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  glossary!: EntityTable<GlossaryRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(VERSION_1_STORES);
    this.version(2).stores({ glossary: 'id' }).upgrade(upgradeToVersion2);
  }
}

export const VERSION_1_STORES = {
  documents: 'id, order, kind',
  blocks: '[docId+id], [docId+order]',
  datasetMeta: 'key',
  bookmarks: 'id, [docId+blockId], createdAt',
  notes: 'id, docId, [docId+blockId], updatedAt',
  settings: 'key',
} as const;

/**
 * Version 2 adds the English edition to content rows and the glossary table. Content stored
 * by version 1 has neither, so its recorded dataset version is dropped: the next start
 * ingests the bundled dataset again. User tables are not touched.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
  const rows = (await transaction.table('datasetMeta').toArray()) as DatasetMetaRow[];
  await transaction.table('datasetMeta').bulkDelete(datasetMetaKeysToForget(rows));
}

/** Which recorded dataset versions a content-format change invalidates: all of them. Pure. */
export function datasetMetaKeysToForget(rows: readonly DatasetMetaRow[]): Array<DatasetMetaRow['key']> {
  return rows.map((row) => row.key);
}
