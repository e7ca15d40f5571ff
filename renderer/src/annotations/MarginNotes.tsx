import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import type { NoteRow } from '../db/schema';
import { useDocumentAnnotations } from './DocumentAnnotations';
import { foldMargin, isBeyondFold } from './margin-fold';
import { NoteCard, useNoteCardLabels } from './NoteCard';

/**
 * The notes on a block, in the reader's margin beside it, in every reading mode: a note made
 * on the French text sits beside the English too (the block is the same passage), and quotes
 * its words when they are not the language shown. A margin with many notes shows the first
 * few and folds the rest behind a button; it opens unfolded on the passage a link led to
 * (the Notes view's "open"), and while the document prints with its notes.
 */
export function MarginNotes({
  notes,
  languages,
  isTarget,
}: {
  notes: readonly NoteRow[];
  languages: readonly Language[];
  isTarget: boolean;
}) {
  const { t } = useTranslation();
  const labels = useNoteCardLabels();
  const annotations = useDocumentAnnotations();
  // The person's choice, once they press the button; until then, the passage's place decides.
  const [unfoldedByPerson, setUnfoldedByPerson] = useState<boolean | null>(null);
  // A note that opens beyond the fold (one just made comes last) unfolds its margin, which
  // stays so once it closes: the note a person has just written must not vanish behind the
  // button. On the opening only, so the person can still fold the margin while it is open.
  // Set while rendering, as React advises for state that follows a prop: no frame shows it folded.
  const editingId = annotations?.editingId ?? null;
  const [openedId, setOpenedId] = useState(editingId);
  if (editingId !== openedId) {
    setOpenedId(editingId);
    if (isBeyondFold(notes, editingId)) setUnfoldedByPerson(true);
  }
  if (!annotations || notes.length === 0) return <div className="margin-notes" />;
  const unfolded = annotations.marginsUnfolded || (unfoldedByPerson ?? isTarget);
  const { shown, folded, foldable } = foldMargin(notes, unfolded, editingId);
  return (
    <aside
      className="margin-notes"
      aria-label={t('notes.marginLabel', { count: notes.length })}
      data-note-count={notes.length}
    >
      {shown.map((note) => (
        <NoteCard
          key={note.id}
          note={note}
          editing={annotations.editingId === note.id}
          showQuote={!languages.includes(note.target.language) || note.colour === null}
          labels={labels}
          onEdit={() => annotations.setEditingId(note.id)}
          onClose={() => annotations.setEditingId(null)}
          onDelete={() => void annotations.removeNote(note.id)}
        />
      ))}
      {foldable && (
        <button
          type="button"
          className="link-button margin-notes-fold"
          aria-expanded={folded === 0}
          onClick={() => setUnfoldedByPerson(folded > 0)}
        >
          {folded > 0 ? t('notes.showMore', { count: folded }) : t('notes.showFewer')}
        </button>
      )}
    </aside>
  );
}

/**
 * Notes on the whole document, and notes a dataset update left without a place (with the
 * words they quoted): at the top of the document, never lost.
 */
export function DocumentLevelNotes() {
  const { t } = useTranslation();
  const labels = useNoteCardLabels();
  const annotations = useDocumentAnnotations();
  if (!annotations) return null;
  const { documentNotes, detachedNotes } = annotations;
  if (documentNotes.length === 0 && detachedNotes.length === 0 && annotations.editingId === null) return null;
  const card = (note: NoteRow) => (
    <NoteCard
      key={note.id}
      note={note}
      editing={annotations.editingId === note.id}
      showQuote
      labels={labels}
      onEdit={() => annotations.setEditingId(note.id)}
      onClose={() => annotations.setEditingId(null)}
      onDelete={() => void annotations.removeNote(note.id)}
    />
  );
  return (
    <>
      {documentNotes.length > 0 && (
        // Folded by default: a person's notes on the page must not push its first paragraph away.
        <details className="document-notes" open={documentNotes.some((note) => note.id === annotations.editingId)}>
          <summary className="document-notes-title">
            {t('notes.onDocumentCount', { count: documentNotes.length })}
          </summary>
          {documentNotes.map(card)}
        </details>
      )}
      {detachedNotes.length > 0 && (
        <section className="document-notes detached" aria-label={t('notes.detachedTitle')}>
          <h2 className="document-notes-title">{t('notes.detachedTitle')}</h2>
          <p className="document-notes-hint">{t('notes.detachedHint')}</p>
          {detachedNotes.map(card)}
        </section>
      )}
    </>
  );
}
