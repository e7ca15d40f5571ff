import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TAGS_PER_NOTE, normaliseTag, sameTag } from '@shared/annotation/vocabulary';
import { MAX_NOTE_BODY_LENGTH } from '@shared/backup/user-rows';
import { useLiveResult } from '../common/useLiveResult';
import { allTags, updateNote } from '../db/annotation-queries';
import type { NoteRow } from '../db/schema';
import { useServices } from '../services/context';
import { ColourChoice } from './ColourChoice';
import { storageFaultOf } from '../db/storage-fault';
import { useAutosave } from './useAutosave';

interface Draft {
  body: string;
  tags: string[];
  colour: NoteRow['colour'];
}

/**
 * Writing a note: the body (light Markdown), its tags with completion from the tags in use,
 * and its highlight colour. Every change is saved as it is made (see `useAutosave`); if a
 * write fails, what was typed stays here, with the reason and a way to try again.
 */
export function NoteEditor({ note, onClose }: { note: NoteRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [draft, setDraft] = useState<Draft>({ body: note.body, tags: note.tags, colour: note.colour });
  const [changed, setChanged] = useState(false);
  const [tagInput, setTagInput] = useState('');
  const knownTags = useLiveResult(() => allTags(db), [db])?.value ?? [];
  const tagListId = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const save = useCallback((value: Draft) => updateNote(db, note.id, value), [db, note.id]);
  const { state, schedule, flush } = useAutosave(save);

  useEffect(() => bodyRef.current?.focus(), []);

  const change = (next: Partial<Draft>): void => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    setChanged(true);
    schedule(updated);
  };
  const addTag = (input: string): void => {
    const tag = normaliseTag(input);
    setTagInput('');
    if (!tag || draft.tags.some((known) => sameTag(known, tag)) || draft.tags.length >= MAX_TAGS_PER_NOTE) return;
    change({ tags: [...draft.tags, knownTags.find((known) => sameTag(known, tag)) ?? tag] });
  };
  const close = (): void => {
    void flush().then(onClose);
  };

  return (
    <div
      className="note-editor"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <label className="visually-hidden" htmlFor={`${tagListId}-body`}>
        {t('notes.bodyLabel')}
      </label>
      <textarea
        id={`${tagListId}-body`}
        ref={bodyRef}
        className="note-editor-body"
        value={draft.body}
        maxLength={MAX_NOTE_BODY_LENGTH}
        placeholder={t('notes.bodyPlaceholder')}
        rows={4}
        onChange={(event) => change({ body: event.target.value })}
        onBlur={() => void flush()}
      />
      <div className="note-editor-tags">
        <ul className="tag-list" aria-label={t('notes.tags')}>
          {draft.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag-remove"
                aria-label={t('notes.removeTag', { tag })}
                onClick={() => change({ tags: draft.tags.filter((known) => known !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          className="tag-input"
          aria-label={t('notes.addTag')}
          placeholder={t('notes.addTagPlaceholder')}
          list={tagListId}
          value={tagInput}
          onChange={(event) => setTagInput(event.target.value)}
          onKeyDown={(event) => {
            if ((event.key === 'Enter' || event.key === ',') && tagInput.trim() !== '') {
              event.preventDefault();
              addTag(tagInput);
            } else if (event.key === 'Backspace' && tagInput === '' && draft.tags.length > 0) {
              change({ tags: draft.tags.slice(0, -1) });
            }
          }}
          onBlur={() => {
            if (tagInput.trim() !== '') addTag(tagInput);
            void flush();
          }}
        />
        <datalist id={tagListId}>
          {knownTags
            .filter((tag) => !draft.tags.some((known) => sameTag(known, tag)))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
      <div className="note-editor-footer">
        <ColourChoice value={draft.colour} onChange={(colour) => change({ colour })} allowNone />
        <span className="save-state" role="status">
          {state.status === 'pending' && t('notes.saving')}
          {state.status === 'saved' && changed && t('notes.saved')}
        </span>
        <button type="button" className="button" onClick={close}>
          {t('notes.done')}
        </button>
      </div>
      {state.status === 'failed' && (
        <p className="note-save-error" role="alert">
          {t(storageFaultOf(state.error) === 'quota' ? 'notes.saveFailedFull' : 'notes.saveFailed')}{' '}
          <button type="button" className="link-button" onClick={() => void flush()}>
            {t('notes.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
