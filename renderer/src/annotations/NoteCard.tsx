import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRow } from '../db/schema';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';

/**
 * One note as the margin shows it: its colour, the words it quotes (when it was made in the
 * other language than the one shown, or has lost its place), what the person wrote, its
 * tags, and edit and delete. Open, it is the editor.
 */
export function NoteCard({
  note,
  editing,
  showQuote,
  labels,
  onEdit,
  onClose,
  onDelete,
}: {
  note: NoteRow;
  editing: boolean;
  showQuote: boolean;
  labels: NoteCardLabels;
  onEdit: () => void;
  onClose: () => void;
  onDelete: () => void;
}) {
  const { exact } = note.quote;
  return (
    <article
      className={`note-card${editing ? ' is-editing' : ''}`}
      data-note-id={note.id}
      data-colour={note.colour ?? 'none'}
      aria-label={note.body === '' && note.colour !== null ? labels.highlight : labels.note}
    >
      {showQuote && exact !== '' && (
        <blockquote className="note-quote" lang={note.target.language}>
          {exact.length > 160 ? `${exact.slice(0, 159)}…` : exact}
        </blockquote>
      )}
      {editing ? (
        <NoteEditor note={note} onClose={onClose} />
      ) : (
        <>
          {note.body !== '' && <NoteBody body={note.body} />}
          {note.tags.length > 0 && (
            <ul className="tag-list" aria-label={labels.tags}>
              {note.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div className="note-card-actions">
            <button type="button" className="link-button" onClick={onEdit}>
              {note.body === '' ? labels.addText : labels.edit}
            </button>
            <button type="button" className="link-button" onClick={onDelete}>
              {labels.delete}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

/** The words every note card shows, translated once for a margin rather than once per card. */
export interface NoteCardLabels {
  highlight: string;
  note: string;
  tags: string;
  addText: string;
  edit: string;
  delete: string;
}

export function useNoteCardLabels(): NoteCardLabels {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      highlight: t('notes.highlightLabel'),
      note: t('notes.noteLabel'),
      tags: t('notes.tags'),
      addText: t('notes.addText'),
      edit: t('notes.edit'),
      delete: t('notes.delete'),
    }),
    [t],
  );
}
