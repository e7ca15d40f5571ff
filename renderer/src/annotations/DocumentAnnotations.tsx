import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookmarkTarget } from '@shared/annotation/anchor';
import { locateQuote, notePassageId } from '@shared/annotation/locate';
import type { Language } from '@shared/document/vocabulary';
import type { TextRange } from '@shared/text/ranges';
import { useLiveResult } from '../common/useLiveResult';
import { useUndo } from '../common/UndoContext';
import {
  addNote,
  bookmarksOfDocument,
  deleteNote,
  notesOfDocument,
  restoreBookmark,
  restoreNote,
  toggleBookmark,
  type NewNote,
} from '../db/annotation-queries';
import type { BookmarkRow, NoteRow } from '../db/schema';
import { useServices } from '../services/context';

/** A highlight drawn over a passage: `<mark data-layer="highlight" data-colour=…>`. */
export type HighlightRange = TextRange<'highlight', { colour: string; noteId: string }>;

/** A place a bookmark can point at, as one string: the document, a block, or an item of a list. */
export const placeKey = (target: Pick<BookmarkTarget, 'blockId' | 'itemId'>): string =>
  `${target.blockId ?? ''}/${target.itemId ?? ''}`;

export interface DocumentAnnotationsValue {
  docId: string;
  /** Notes anchored on a passage, by the block they are on (list items' notes by their list). */
  notesByBlock: ReadonlyMap<string, readonly NoteRow[]>;
  /** Notes on the whole document. */
  documentNotes: readonly NoteRow[];
  /** Notes a dataset update left without a place: shown at the top, with their quote. */
  detachedNotes: readonly NoteRow[];
  hasNotes: boolean;
  /** Whether the notes and bookmarks are read yet (the reader waits for them). */
  loaded: boolean;
  bookmarks: ReadonlyMap<string, BookmarkRow>;
  /** The note whose editor is open, if any. */
  editingId: string | null;
  setEditingId(id: string | null): void;
  /** Whether every margin shows all its notes (while the document prints with them). */
  marginsUnfolded: boolean;
  setMarginsUnfolded(unfolded: boolean): void;
  highlightsOf(passageId: string, language: Language, text: string): HighlightRange[];
  toggleBookmarkAt(target: BookmarkTarget): Promise<boolean>;
  createNote(
    note: Omit<NewNote, 'target'> & { target: Omit<NewNote['target'], 'docId'> },
    edit: boolean,
  ): Promise<NoteRow>;
  removeNote(id: string): Promise<void>;
}

const DocumentAnnotationsContext = createContext<DocumentAnnotationsValue | null>(null);

const EMPTY: NoteRow[] = [];

/** A document's notes and bookmarks, live, and what the reader does with them. */
export function DocumentAnnotationsProvider({ docId, children }: { docId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { offerUndo } = useUndo();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [marginsUnfolded, setMarginsUnfolded] = useState(false);
  const noteRows = useLiveResult(() => notesOfDocument(db, docId), [db, docId])?.value;
  const notes = noteRows ?? EMPTY;
  const bookmarkRows = useLiveResult(() => bookmarksOfDocument(db, docId), [db, docId])?.value;

  const grouped = useMemo(() => {
    const notesByBlock = new Map<string, NoteRow[]>();
    const documentNotes: NoteRow[] = [];
    const detachedNotes: NoteRow[] = [];
    for (const note of notes) {
      if (note.anchorState === 'detached') detachedNotes.push(note);
      else if (note.target.blockId === null) documentNotes.push(note);
      else notesByBlock.set(note.target.blockId, [...(notesByBlock.get(note.target.blockId) ?? []), note]);
    }
    return { notesByBlock, documentNotes, detachedNotes };
  }, [notes]);

  const bookmarks = useMemo(
    () => new Map((bookmarkRows ?? []).map((row) => [placeKey(row.target), row])),
    [bookmarkRows],
  );

  const highlightsOf = useCallback(
    (passageId: string, language: Language, text: string): HighlightRange[] =>
      notes.flatMap((note) => {
        if (note.colour === null || note.anchorState !== 'anchored') return [];
        if (notePassageId(note) !== passageId || note.target.language !== language) return [];
        const span = locateQuote(text, note);
        return span ? [{ layer: 'highlight' as const, ...span, data: { colour: note.colour, noteId: note.id } }] : [];
      }),
    [notes],
  );

  const toggleBookmarkAt = useCallback(
    async (target: BookmarkTarget): Promise<boolean> => {
      const result = await toggleBookmark(db, target);
      if (!result.added) {
        offerUndo({ message: t('bookmarks.removed'), undo: () => restoreBookmark(db, result.row) });
      }
      return result.added;
    },
    [db, offerUndo, t],
  );

  const createNote = useCallback<DocumentAnnotationsValue['createNote']>(
    async (note, edit) => {
      const row = await addNote(db, { ...note, target: { ...note.target, docId } });
      if (edit) setEditingId(row.id);
      return row;
    },
    [db, docId],
  );

  const removeNote = useCallback(
    async (id: string) => {
      const row = await deleteNote(db, id);
      if (editingId === id) setEditingId(null);
      if (row) {
        offerUndo({
          message: t(row.colour !== null && row.body === '' ? 'notes.highlightDeleted' : 'notes.deleted'),
          undo: () => restoreNote(db, row),
        });
      }
    },
    [db, editingId, offerUndo, t],
  );

  const value = useMemo<DocumentAnnotationsValue>(
    () => ({
      docId,
      ...grouped,
      hasNotes: notes.length > 0 || editingId !== null,
      loaded: noteRows !== undefined && bookmarkRows !== undefined,
      bookmarks,
      editingId,
      setEditingId,
      marginsUnfolded,
      setMarginsUnfolded,
      highlightsOf,
      toggleBookmarkAt,
      createNote,
      removeNote,
    }),
    [
      docId,
      grouped,
      notes.length,
      noteRows,
      bookmarkRows,
      bookmarks,
      editingId,
      marginsUnfolded,
      highlightsOf,
      toggleBookmarkAt,
      createNote,
      removeNote,
    ],
  );
  return <DocumentAnnotationsContext.Provider value={value}>{children}</DocumentAnnotationsContext.Provider>;
}

/** The current document's annotations; `null` outside a reader (the About page has none yet). */
export const useDocumentAnnotations = (): DocumentAnnotationsValue | null => useContext(DocumentAnnotationsContext);
