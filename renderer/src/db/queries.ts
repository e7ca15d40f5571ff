import { Dexie } from 'dexie';
import type { Language } from '@shared/document/vocabulary';
import type { EnglishOnlyBlock } from '@shared/align/to-english-edition';
import { isImportedId } from '@shared/library/vocabulary';
import type { DocumentTitle } from '../common/documentText';
import { documentToRows } from './ingest';
import type { BlockRow, DocumentRow, GlossaryRow, ReperesDatabase } from './schema';
import { MAX_RECENT_SEARCHES, MAX_RECENT_SEARCH_LENGTH, type ReadingMode } from '@shared/settings/vocabulary';

/** The library: every page, in library order (the About IOM document has its own view). */
export async function listLibraryDocuments(db: ReperesDatabase): Promise<DocumentRow[]> {
  const documents = await db.documents.orderBy('order').toArray();
  return documents.filter((document) => document.role === 'page');
}

/** A person's imported documents, newest first, as the reader's rows. */
export async function listImportedDocuments(db: ReperesDatabase): Promise<DocumentRow[]> {
  const rows = await db.importedDocuments.orderBy('importedAt').reverse().toArray();
  return rows.map((row, order) => documentToRows(row.document, order).document);
}

/** A document, bundled or imported (an imported one's id says so). */
export async function getDocument(db: ReperesDatabase, id: string): Promise<DocumentRow | undefined> {
  if (!isImportedId(id)) return db.documents.get(id);
  return (await readImported(db, id))?.document;
}

export async function getDocumentBlocks(db: ReperesDatabase, docId: string): Promise<BlockRow[]> {
  if (!isImportedId(docId)) {
    return db.blocks.where('[docId+order]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).toArray();
  }
  return (await readImported(db, docId))?.blocks ?? [];
}

/**
 * An imported document as the reader's rows: alone, or, when the person paired it with its
 * English edition, with that edition aligned to it and the English passages that have no
 * French counterpart in their place (shown alone, never dropped).
 */
async function readImported(
  db: ReperesDatabase,
  id: string,
): Promise<{ document: DocumentRow; blocks: BlockRow[] } | null> {
  const row = await db.importedDocuments.get(id);
  if (!row) return null;
  const partner = row.pairedWith && row.alignment ? await db.importedDocuments.get(row.pairedWith) : undefined;
  if (!partner || !row.alignment) return documentToRows(row.document, 0);
  // The aligner's code loads only when a person reads a pair (never with the first screen).
  const [{ pairEditions }, { acronymPairsOf }] = await Promise.all([
    import('@shared/library/pair-editions'),
    import('@shared/align/acronym-keys'),
  ]);
  const glossary = await db.glossary.toArray();
  const paired = pairEditions(row.document, partner.document, row.alignment, acronymPairsOf(glossary));
  const rows = documentToRows(paired.document, 0);
  return { document: rows.document, blocks: withEnglishOnly(rows.blocks, paired.englishOnly) };
}

/** Block rows with the English-only passages placed after the French block each follows, in order. */
function withEnglishOnly(rows: readonly BlockRow[], englishOnly: readonly EnglishOnlyBlock[]): BlockRow[] {
  const taken = new Set(rows.map((row) => row.id));
  const placed = (after: string | null): BlockRow[] =>
    englishOnly
      .filter((extra) => extra.after === after && !taken.has(extra.block.id))
      .map(({ block }) => ({
        docId: rows[0]?.docId ?? '',
        id: block.id,
        order: 0,
        block,
        english: {},
        language: 'en' as const,
      }));
  return [...placed(null), ...rows.flatMap((row) => [row, ...placed(row.id)])].map((row, order) => ({ ...row, order }));
}

/** The documents before and after one, in its list's order: the library's, or the person's own (About has none). */
export async function getNeighbours(
  db: ReperesDatabase,
  id: string,
): Promise<{ previous: DocumentRow | null; next: DocumentRow | null }> {
  const documents = isImportedId(id) ? await listImportedDocuments(db) : await listLibraryDocuments(db);
  const index = documents.findIndex((document) => document.id === id);
  if (index < 0) return { previous: null, next: null };
  return { previous: documents[index - 1] ?? null, next: documents[index + 1] ?? null };
}

export async function getReadingModeSetting(db: ReperesDatabase): Promise<ReadingMode | null> {
  const row = await db.settings.get('readingMode');
  return row?.key === 'readingMode' ? row.value : null;
}

export async function saveReadingModeSetting(db: ReperesDatabase, mode: ReadingMode): Promise<void> {
  await db.settings.put({ key: 'readingMode', value: mode });
}

/** The glossary, for term recognition and the glossary page. */
export function listGlossary(db: ReperesDatabase): Promise<GlossaryRow[]> {
  return db.glossary.toArray();
}

/** Titles of documents, bundled and imported, by id, for lists that name them (glossary, notes, bookmarks). */
export async function documentTitles(db: ReperesDatabase): Promise<Map<string, DocumentTitle>> {
  const [bundled, imported] = await Promise.all([
    db.documents.toArray(),
    db.importedDocuments.toArray().then((rows) => rows.map((row) => row.document)),
  ]);
  return new Map(
    [...bundled, ...imported].map(({ id, role, title, english, language }) => [
      id,
      { id, role, title, english: english && { title: english.title }, language },
    ]),
  );
}

export async function getLanguageSetting(db: ReperesDatabase): Promise<Language | null> {
  const row = await db.settings.get('language');
  return row?.key === 'language' ? row.value : null;
}

export async function saveLanguageSetting(db: ReperesDatabase, language: Language): Promise<void> {
  await db.settings.put({ key: 'language', value: language });
}

/** The last queries a person opened a result of, newest first. */
export async function getRecentSearches(db: ReperesDatabase): Promise<string[]> {
  const row = await db.settings.get('recentSearches');
  return row?.key === 'recentSearches' ? row.value : [];
}

/** Puts a query first among the recent ones (once), keeping the newest few. */
export async function saveRecentSearch(db: ReperesDatabase, query: string): Promise<void> {
  const text = query.trim().slice(0, MAX_RECENT_SEARCH_LENGTH);
  if (text === '') return;
  await db.transaction('rw', db.settings, async () => {
    const recent = await getRecentSearches(db);
    const value = [text, ...recent.filter((known) => known !== text)].slice(0, MAX_RECENT_SEARCHES);
    await db.settings.put({ key: 'recentSearches', value });
  });
}

export async function clearRecentSearches(db: ReperesDatabase): Promise<void> {
  await db.settings.delete('recentSearches');
}
