import { Dexie } from 'dexie';
import type { Language } from '@shared/document/vocabulary';
import type { BlockRow, DocumentRow, GlossaryRow, ReperesDatabase } from './schema';
import { MAX_RECENT_SEARCHES, MAX_RECENT_SEARCH_LENGTH, type ReadingMode } from '@shared/settings/vocabulary';

/** The library: every page, in library order (the About IOM document has its own view). */
export async function listLibraryDocuments(db: ReperesDatabase): Promise<DocumentRow[]> {
  const documents = await db.documents.orderBy('order').toArray();
  return documents.filter((document) => document.role === 'page');
}

export function getDocument(db: ReperesDatabase, id: string): Promise<DocumentRow | undefined> {
  return db.documents.get(id);
}

export function getDocumentBlocks(db: ReperesDatabase, docId: string): Promise<BlockRow[]> {
  return db.blocks.where('[docId+order]').between([docId, Dexie.minKey], [docId, Dexie.maxKey]).toArray();
}

/** The documents before and after one, in library order (the About entry has none). */
export async function getNeighbours(
  db: ReperesDatabase,
  id: string,
): Promise<{ previous: DocumentRow | null; next: DocumentRow | null }> {
  const documents = await listLibraryDocuments(db);
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

/** Titles of documents, by id, for the glossary's "used in" links. */
export async function documentTitles(
  db: ReperesDatabase,
): Promise<Map<string, Pick<DocumentRow, 'id' | 'role' | 'title' | 'english'>>> {
  const documents = await db.documents.toArray();
  return new Map(documents.map(({ id, role, title, english }) => [id, { id, role, title, english }]));
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
