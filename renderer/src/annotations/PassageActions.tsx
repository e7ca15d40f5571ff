import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/document/vocabulary';
import { CiteButton } from '../reader/Citations';
import { placeKey, useDocumentAnnotations } from './DocumentAnnotations';

/**
 * Bookmark, note and cite buttons for one passage (a block, or an item of a list), shown on hover
 * and on keyboard focus. A note made here is on the whole passage, in the language read first.
 */
export function PassageActions({
  blockId,
  itemId,
  language,
}: {
  blockId: string;
  itemId: string | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const annotations = useDocumentAnnotations();
  if (!annotations) return null;
  const target = { docId: annotations.docId, blockId, itemId };
  const bookmarked = annotations.bookmarks.has(placeKey(target));
  return (
    <span className="passage-actions">
      <button
        type="button"
        className="passage-action"
        aria-pressed={bookmarked}
        aria-label={t(bookmarked ? 'bookmarks.removeFromPassage' : 'bookmarks.addToPassage')}
        title={t(bookmarked ? 'bookmarks.removeFromPassage' : 'bookmarks.addHint')}
        onClick={() => void annotations.toggleBookmarkAt(target)}
      >
        {bookmarked ? '★' : '☆'}
      </button>
      <button
        type="button"
        className="passage-action"
        aria-label={t('notes.addToPassage')}
        title={t('notes.addHint')}
        onClick={() =>
          void annotations.createNote(
            {
              target: { blockId, itemId, language },
              quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
              position: null,
              colour: null,
            },
            true,
          )
        }
      >
        ✎
      </button>
      <CiteButton blockId={blockId} itemId={itemId} language={language} />
    </span>
  );
}

/** Bookmark and note buttons for the whole document, above its text, and the reader's own (`children`). */
export function DocumentActions({ language, children }: { language: Language; children?: ReactNode }) {
  const { t } = useTranslation();
  const annotations = useDocumentAnnotations();
  if (!annotations) return null;
  const target = { docId: annotations.docId, blockId: null, itemId: null };
  const bookmarked = annotations.bookmarks.has(placeKey(target));
  return (
    <div className="document-actions">
      <button
        type="button"
        className="link-button"
        aria-pressed={bookmarked}
        onClick={() => void annotations.toggleBookmarkAt(target)}
      >
        {bookmarked ? `★ ${t('bookmarks.documentBookmarked')}` : `☆ ${t('bookmarks.addToDocument')}`}
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() =>
          void annotations.createNote(
            {
              target: { blockId: null, itemId: null, language },
              quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
              position: null,
              colour: null,
            },
            true,
          )
        }
      >
        ✎ {t('notes.addToDocument')}
      </button>
      {children}
    </div>
  );
}
