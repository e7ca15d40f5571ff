import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Block, DatasetDocument, Language } from '../../../shared/dataset/schema';

/**
 * The renderer's offline store, in one file. Content tables hold the bundled dataset and
 * are replaced when it changes; user tables hold what a person makes and are never touched
 * by an ingest. Every future version that transforms data calls a named, exported, pure
 * upgrade function tested from the version before it.
 */

/** A document without its blocks, as the library lists it. */
export interface DocumentRow extends Omit<DatasetDocument, 'blocks'> {
  /** Position in the library (kind, then newest first). */
  order: number;
  /** The first lines of the text, for the library. */
  excerpt: string;
  blockCount: number;
  headingCount: number;
}

export interface BlockRow {
  docId: string;
  /** Block id, unique within its document. */
  id: string;
  order: number;
  block: Block;
}

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

export type SettingRow =
  | { key: 'language'; value: Language };

export const DATABASE_NAME = 'reperes';
export const CONTENT_TABLES = ['documents', 'blocks', 'datasetMeta'] as const;
export const USER_TABLES = ['bookmarks', 'notes', 'settings'] as const;

export class ReperesDatabase extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>;
  blocks!: Table<BlockRow, [string, string]>;
  datasetMeta!: EntityTable<DatasetMetaRow, 'key'>;
  bookmarks!: EntityTable<BookmarkRow, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      documents: 'id, order, kind',
      blocks: '[docId+id], [docId+order]',
      datasetMeta: 'key',
      bookmarks: 'id, [docId+blockId], createdAt',
      notes: 'id, docId, [docId+blockId], updatedAt',
      settings: 'key',
    });
  }
}
