import type { Language } from '@shared/document/vocabulary';
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { BookmarkRow, NoteRow, SettingRow } from '@shared/backup/user-rows';
import type { ImportedDocumentRow } from '@shared/library/imported-document';
import type { BundledGlossaryEntry } from '@shared/dataset/schema';
import type { StoredSearchIndex } from '@shared/search/search-index';
import type { Block, ReadableDocument, EnglishEdition, EnglishText } from '@shared/document/schema';
import { DATABASE_VERSIONS } from './versions/all-versions';
import { declareVersions } from './versions/database-version';

/**
 * The renderer's offline store: its row types and the one typed database class. Content
 * tables hold the bundled dataset and are replaced when it changes; user tables hold what a
 * person makes and are never touched by an ingest. Each version of the store is declared in
 * its own file under `versions/`, in the order `versions/all-versions.ts` lists them.
 */

/** A document without its blocks, as the library lists it. */
export interface DocumentRow extends Omit<ReadableDocument, 'blocks' | 'english'> {
  /** Position in the library (kind, then newest first). */
  order: number;
  /** The first lines of the text, for the library, in each language we have. */
  excerpt: { fr: string; en: string | null };
  blockCount: number;
  headingCount: number;
  /** The English edition's title, dateline and published sources; its blocks are on the block rows. */
  english: Pick<EnglishEdition, 'title' | 'dateline' | 'publishedSources'> | null;
}

export interface BlockRow {
  docId: string;
  /** Block id, unique within its document. */
  id: string;
  order: number;
  block: Block;
  /** The English for this block and, for a list, for each of its items, by id (each with its origin). */
  english: Record<string, EnglishText>;
  /**
   * The language of the block's own text, when it is not the document's: an English passage
   * of a paired import that has no French counterpart.
   */
  language?: Language;
}

export type GlossaryRow = BundledGlossaryEntry;

export interface DatasetMetaRow {
  key: 'current';
  version: string;
  documentCount: number;
  ingestedAt: number;
}

/** A persisted search index, valid while the data and analyzers it was made from are unchanged. */
export interface SearchIndexRow {
  /** Which index: `bundle` for the bundled documents and glossary. */
  key: 'bundle';
  /** The dataset version it was built from. */
  datasetVersion: string;
  /** The analyzers' version (`ANALYZER_VERSION`) it was built with. */
  analyzerVersion: number;
  /**
   * The index's stored form (typed arrays, kept by IndexedDB as they are). A row from before
   * that form (a JSON string) is refused at load and the index rebuilt.
   */
  serialized: StoredSearchIndex;
  builtAt: number;
}

/** A person's rows: their shapes are defined once, in `@shared/backup/user-rows`. */
export type { BookmarkRow, NoteRow, SettingRow } from '@shared/backup/user-rows';
export type { ImportedDocumentRow } from '@shared/library/imported-document';
export { CONTENT_TABLES, USER_TABLES, type ContentTable, type UserTable } from '@shared/backup/tables';

export const DATABASE_NAME = 'reperes';

/**
 * Every transaction commits only once its writes are on disk. Chromium has committed
 * IndexedDB writes "relaxed" since version 121 (done once the OS has them, not the disk), so
 * a power cut just after saving a note could lose it; a person's data is worth the flush.
 */
export const DEFAULT_DATABASE_OPTIONS: DexieOptions = { chromeTransactionDurability: 'strict' };

/**
 * The one typed entry point to the store. Its tables are either content (the bundled
 * dataset, replaced by an ingest) or a person's own (never touched by an ingest); the lists
 * in `@shared/backup/tables` say which, and a person's imported documents will get user
 * tables of their own, never a content table.
 */
export class ReperesDatabase extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>;
  blocks!: Table<BlockRow, [string, string]>;
  datasetMeta!: EntityTable<DatasetMetaRow, 'key'>;
  bookmarks!: EntityTable<BookmarkRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  glossary!: EntityTable<GlossaryRow, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'key'>;
  importedDocuments!: EntityTable<ImportedDocumentRow, 'id'>;

  /** The IndexedDB this store lives in (the page's, or a test's in-memory one). */
  readonly factory: IDBFactory;

  /** `options` are merged over the defaults (tests pass an in-memory IndexedDB). */
  constructor(name: string = DATABASE_NAME, options: DexieOptions = {}) {
    super(name, { ...DEFAULT_DATABASE_OPTIONS, ...options });
    this.factory = (options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
    declareVersions(this, DATABASE_VERSIONS);
  }

  /**
   * Whether the store on disk was written by a newer Repères, asked of IndexedDB without
   * opening it: Dexie 4 would open such a store anyway, and even add this version's tables to
   * it. Dexie numbers native versions as ten times its own.
   */
  async isFromNewerApp(): Promise<boolean> {
    const installed = (await this.factory.databases()).find((database) => database.name === this.name);
    return (installed?.version ?? 0) > DATABASE_VERSIONS.length * 10;
  }
}
