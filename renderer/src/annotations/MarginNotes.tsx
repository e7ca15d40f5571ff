import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import type { NoteRow } from '../db/schema';
import { useDocumentAnnotations } from './DocumentAnnotations';
import { NoteCard, useNoteCardLabels } from './NoteCard';

/**
 * The notes on a block, in the reader's margin beside it, in every reading mode: a note made
 * on the French text sits beside the English too (the block is the same passage), and quotes
 * its words when they are not the language shown.
 */
export function MarginNotes({ notes, languages }: { notes: readonly NoteRow[]; languages: readonly Language[] }) {
  const { t } = useTranslation();
  const labels = useNoteCardLabels();
  const annotations = useDocumentAnnotations();
  if (!annotations || notes.length === 0) return <div className="margin-notes" />;
  return (
    <aside className="margin-notes" aria-label={t('notes.marginLabel', { count: notes.length })}>
      {notes.map((note) => (
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
