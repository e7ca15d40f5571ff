import type { SearchCorpus } from '@shared/search/corpus';
import type { SearchableDocument } from '@shared/search/entries';
import type { EnglishText } from '@shared/document/schema';
import type { ReperesDatabase } from '../db/schema';

/**
 * The searchable corpus as the offline store holds it: each document put back together from
 * its row and its block rows (blocks in order, the English of every passage in one map), and
 * the glossary. Read in one transaction, so an ingest cannot land halfway through.
 */
export async function readSearchCorpus(db: ReperesDatabase): Promise<SearchCorpus & { datasetVersion: string | null }> {
  return db.transaction('r', [db.documents, db.blocks, db.glossary, db.datasetMeta], async () => {
    const [rows, blockRows, glossary, meta] = await Promise.all([
      db.documents.toArray(),
      db.blocks.toArray(),
      db.glossary.toArray(),
      db.datasetMeta.get('current'),
    ]);
    const blocksByDocument = new Map<string, typeof blockRows>();
    for (const row of blockRows) blocksByDocument.set(row.docId, [...(blocksByDocument.get(row.docId) ?? []), row]);
    // In the dataset's order (the library's), as the CLI reads them: the same entries, in the same order.
    const documents = rows
      .sort((a, b) => a.order - b.order)
      .map((row): SearchableDocument => {
        const blocks = (blocksByDocument.get(row.id) ?? []).sort((a, b) => a.order - b.order);
        const english: Record<string, EnglishText> = Object.assign({}, ...blocks.map((block) => block.english));
        return {
          id: row.id,
          kind: row.kind,
          date: row.date,
          place: row.place,
          title: row.title,
          language: row.language,
          blocks: blocks.map((block) => block.block),
          english: row.english ? { ...row.english, blocks: english } : null,
        };
      });
    return { documents, glossary, datasetVersion: meta?.version ?? null };
  });
}
