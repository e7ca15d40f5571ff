import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { MAX_BOOKMARK_LABEL_LENGTH } from '@shared/backup/user-rows';
import { foldText } from '@shared/text/fold';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import { StatusMessage } from '../common/StatusMessage';
import { useFocusHeading } from '../common/useFocusHeading';
import { useLiveResult } from '../common/useLiveResult';
import { useUndo } from '../common/UndoContext';
import {
  allBookmarks,
  bookmarkPassages,
  deleteBookmark,
  restoreBookmark,
  setBookmarkLabel,
} from '../db/annotation-queries';
import { documentTitles } from '../db/queries';
import type { BookmarkRow } from '../db/schema';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';

/**
 * A person's bookmarks, newest first, found by document and by text (label, title,
 * passage); each opens the reader at its place, takes an optional label, and can be removed
 * (with undo).
 */
export function BookmarksView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const { offerUndo } = useUndo();
  const [language] = useLanguage();
  const [query, setQuery] = useState('');
  const [docFilter, setDocFilter] = useState('');
  const bookmarks = useLiveResult(() => allBookmarks(db), [db])?.value;
  const documents = useLiveResult(() => documentTitles(db), [db])?.value;
  const passages = useLiveResult(() => bookmarkPassages(db, bookmarks ?? []), [db, bookmarks])?.value;
  useFocusHeading(bookmarks !== undefined, 'bookmarks-title');

  const titleOf = (docId: string): string => {
    const document = documents?.get(docId);
    return document ? titleIn(document, language).text : t('notes.view.unknownDocument');
  };
  const passageOf = (row: BookmarkRow): string => {
    const passage = passages?.get(row.id);
    return passage ? (language === 'en' ? (passage.en ?? passage.fr) : passage.fr) : '';
  };
  const words = foldText(query).split(/\s+/u).filter(Boolean);
  const shown = (bookmarks ?? []).filter((row) => {
    if (docFilter !== '' && row.target.docId !== docFilter) return false;
    const text = foldText([row.label ?? '', titleOf(row.target.docId), passageOf(row)].join('\n'));
    return words.every((word) => text.includes(word));
  });
  const bookmarkedDocuments = useMemo(
    () => [...new Set((bookmarks ?? []).map((row) => row.target.docId))],
    [bookmarks],
  );

  const remove = async (id: string): Promise<void> => {
    const row = await deleteBookmark(db, id);
    if (row) offerUndo({ message: t('bookmarks.removed'), undo: () => restoreBookmark(db, row) });
  };

  return (
    <div className="list-view bookmarks-view">
      <h1 id="bookmarks-title" tabIndex={-1}>
        {t('bookmarks.view.title')}
      </h1>
      <p className="list-data-link">
        <Link href="/data">{t('data.linkFromLists')}</Link>
      </p>
      {bookmarks && bookmarks.length === 0 ? (
        <StatusMessage title={t('bookmarks.view.emptyTitle')}>
          <p>{t('bookmarks.view.emptyBody')}</p>
        </StatusMessage>
      ) : (
        <>
          <div className="list-controls">
            <input
              type="search"
              className="list-filter"
              aria-label={t('bookmarks.view.filter')}
              placeholder={t('bookmarks.view.filter')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label>
              {t('bookmarks.view.document')}{' '}
              <select value={docFilter} onChange={(event) => setDocFilter(event.target.value)}>
                <option value="">{t('bookmarks.view.allDocuments')}</option>
                {bookmarkedDocuments.map((docId) => (
                  <option key={docId} value={docId}>
                    {titleOf(docId)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="list-count" role="status">
            {bookmarks ? t('bookmarks.view.count', { count: shown.length }) : ''}
          </p>
          {bookmarks && shown.length === 0 && <p className="list-empty">{t('bookmarks.view.noMatch')}</p>}
          <ul className="bookmark-list">
            {shown.map((row) => {
              const document = documents?.get(row.target.docId);
              const passage = passageOf(row);
              return (
                <li key={row.id} className="bookmark-item" data-bookmark-id={row.id}>
                  <div className="bookmark-main">
                    {document ? (
                      <Link href={documentPath(document, row.target.itemId ?? row.target.blockId)}>
                        {titleOf(row.target.docId)}
                      </Link>
                    ) : (
                      <span>{titleOf(row.target.docId)}</span>
                    )}
                    {passage !== '' && (
                      <p className="bookmark-passage">{passage.length > 220 ? `${passage.slice(0, 219)}…` : passage}</p>
                    )}
                    <BookmarkLabel row={row} onSave={(label) => void setBookmarkLabel(db, row.id, label)} />
                  </div>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('bookmarks.view.removeNamed', { title: titleOf(row.target.docId) })}
                    onClick={() => void remove(row.id)}
                  >
                    {t('bookmarks.view.remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** A bookmark's optional label, edited in place and saved when the field is left. */
function BookmarkLabel({ row, onSave }: { row: BookmarkRow; onSave: (label: string | null) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(row.label ?? '');
  const save = (): void => {
    const label = value.trim().slice(0, MAX_BOOKMARK_LABEL_LENGTH);
    if (label !== (row.label ?? '')) onSave(label === '' ? null : label);
  };
  return (
    <input
      className="bookmark-label"
      aria-label={t('bookmarks.view.label')}
      placeholder={t('bookmarks.view.labelPlaceholder')}
      maxLength={MAX_BOOKMARK_LABEL_LENGTH}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}
