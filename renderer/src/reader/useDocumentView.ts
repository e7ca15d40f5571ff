import { useMemo } from 'react';
import type { Language } from '@shared/document/vocabulary';
import { useLiveResult } from '../common/useLiveResult';
import { getDocument, getDocumentBlocks, getNeighbours } from '../db/queries';
import type { DocumentRow } from '../db/schema';
import { useServices } from '../services/context';
import { buildDocumentView, type DocumentView } from './document-view';

export type DocumentViewState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; view: DocumentView; neighbours: { previous: DocumentRow | null; next: DocumentRow | null } };

/** One document, live from the offline store, assembled for the reader in its leading language. */
export function useDocumentView(docId: string, leading: Language): DocumentViewState {
  const { db } = useServices();
  const loaded = useLiveResult(async () => {
    const [document, rows, neighbours] = await Promise.all([
      getDocument(db, docId),
      getDocumentBlocks(db, docId),
      getNeighbours(db, docId),
    ]);
    return { document, rows, neighbours };
  }, [db, docId]);
  return useMemo((): DocumentViewState => {
    if (!loaded) return { status: 'loading' };
    const { document, rows, neighbours } = loaded.value;
    if (!document) return { status: 'missing' };
    return { status: 'ready', view: buildDocumentView(document, rows, leading), neighbours };
  }, [loaded, leading]);
}
