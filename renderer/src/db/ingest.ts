import { CONTENT_TABLES } from '@shared/backup/tables';
import type { Dataset } from '@shared/dataset/schema';
import { excerptOf } from '@shared/document/excerpt';
import { blockPassages } from '@shared/document/passages';
import type { Block, EnglishText, ReadableDocument } from '@shared/document/schema';
import type { BlockRow, DocumentRow, ReperesDatabase } from './schema';

export interface IngestProgress {
  done: number;
  total: number;
}

const BLOCK_CHUNK = 200;
/** Splits the dataset into the rows the content tables hold. Pure. */
export function datasetToRows(dataset: Dataset): { documents: DocumentRow[]; blocks: BlockRow[] } {
  const rows = dataset.documents.map((document, order) => documentToRows(document, order));
  return { documents: rows.map((row) => row.document), blocks: rows.flatMap((row) => row.blocks) };
}

/**
 * One readable document as the reader's rows: the document without its blocks, and each block
 * with its English. The bundle's documents are stored so; a person's imported documents are
 * read so. Pure.
 */
export function documentToRows(
  document: ReadableDocument,
  order: number,
): { document: DocumentRow; blocks: BlockRow[] } {
  const { blocks: documentBlocks, english, ...rest } = document;
  return {
    document: {
      ...rest,
      order,
      excerpt: {
        fr: excerptOf(document, 'fr'),
        en: english || document.language === 'en' ? excerptOf(document, 'en') : null,
      },
      blockCount: documentBlocks.length,
      headingCount: documentBlocks.filter((block) => block.kind === 'heading').length,
      english: english
        ? { title: english.title, dateline: english.dateline, publishedSources: english.publishedSources ?? [] }
        : null,
    },
    blocks: documentBlocks.map((block, blockOrder) => ({
      docId: document.id,
      id: block.id,
      order: blockOrder,
      block,
      english: englishFor(block, english?.blocks ?? {}),
    })),
  };
}

/** The English of one block: of each of its passages (a list's items) that has some. */
function englishFor(block: Block, edition: Readonly<Record<string, EnglishText>>): Record<string, EnglishText> {
  return Object.fromEntries(
    blockPassages(block).flatMap((passage) => {
      const english = edition[passage.id];
      return english ? [[passage.id, english]] : [];
    }),
  );
}

/**
 * Stores a dataset in the content tables, in one transaction: either the new version is
 * there whole, or the previous one stays. The transaction's scope is `CONTENT_TABLES` and
 * nothing else, so an ingest cannot touch a user table. Does nothing when that version is
 * already stored.
 */
export async function ingestDataset(
  db: ReperesDatabase,
  dataset: Dataset,
  onProgress: (progress: IngestProgress) => void = () => undefined,
): Promise<'ingested' | 'up-to-date'> {
  const current = await db.datasetMeta.get('current');
  if (current?.version === dataset.version) return 'up-to-date';
  const rows = datasetToRows(dataset);
  const total = rows.documents.length + rows.blocks.length;
  onProgress({ done: 0, total });
  const contentTables = CONTENT_TABLES.map((name) => db[name]);
  await db.transaction('rw', contentTables, async () => {
    for (const table of contentTables) await table.clear();
    await db.glossary.bulkAdd(dataset.glossary);
    await db.documents.bulkAdd(rows.documents);
    let done = rows.documents.length;
    onProgress({ done, total });
    for (let start = 0; start < rows.blocks.length; start += BLOCK_CHUNK) {
      const chunk = rows.blocks.slice(start, start + BLOCK_CHUNK);
      await db.blocks.bulkAdd(chunk);
      done += chunk.length;
      onProgress({ done, total });
    }
    await db.datasetMeta.put({
      key: 'current',
      version: dataset.version,
      documentCount: dataset.documents.length,
      ingestedAt: Date.now(),
    });
  });
  return 'ingested';
}
