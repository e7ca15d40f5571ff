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
  onEdit,
  onClose,
  onDelete,
}: {
  note: NoteRow;
  editing: boolean;
  showQuote: boolean;
  onEdit: () => void;
  onClose: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { exact } = note.quote;
  return (
    <article
      className={`note-card${editing ? ' is-editing' : ''}`}
      data-note-id={note.id}
      data-colour={note.colour ?? 'none'}
      aria-label={t(note.body === '' && note.colour !== null ? 'notes.highlightLabel' : 'notes.noteLabel')}
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
            <ul className="tag-list" aria-label={t('notes.tags')}>
              {note.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div className="note-card-actions">
            <button type="button" className="link-button" onClick={onEdit}>
              {note.body === '' ? t('notes.addText') : t('notes.edit')}
            </button>
            <button type="button" className="link-button" onClick={onDelete}>
              {t('notes.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
