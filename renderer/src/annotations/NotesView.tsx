import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  groupNotes,
  createNoteFilter,
  createNoteTextCache,
  foldTitles,
  sortNotes,
  NOTE_GROUPINGS,
  NOTE_ORDERS,
  type NoteGrouping,
  type NoteListRow,
  type NoteOrder,
} from '@shared/annotation/notes-list';
import { notePassageId } from '@shared/annotation/locate';
import { documentPath } from '../common/document-path';
import { titleIn } from '../common/documentText';
import { StatusMessage } from '../common/StatusMessage';
import { useLiveResult } from '../common/useLiveResult';
import { useUndo } from '../common/UndoContext';
import { useFocusHeading } from '../common/useFocusHeading';
import { allNotes, deleteNote, recentNotes, restoreNote } from '../db/annotation-queries';
import { documentTitles } from '../db/queries';
import type { NoteRow } from '../db/schema';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { NoteBody } from './NoteBody';
import { NotesPdf } from './NotesPdf';

/**
 * One date format per language, made once: `toLocaleDateString` builds a new formatter at every
 * call, which made each row of the list (and each keystroke of the filter) measurably slower.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(language: string): Intl.DateTimeFormat {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dayFormats.set(language, format);
  }
  return format;
}

/**
 * Resolves once the page is idle (or after 100 ms at most): each read of the notes waits for
 * it, so a keystroke typed while they arrive is answered before the next read, not after.
 */
const untilIdle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));

/** How many notes make a first screenful. */
const FIRST_SCREEN_NOTES = 30;

/**
 * Every note and highlight a person made, grouped by document or by tag, newest first or by
 * date made, found as they type; a virtualised list, so ten thousand notes scroll as one
 * hundred do. Each opens the reader at its passage.
 */
export function NotesView() {
  const { t } = useTranslation();
  const { db } = useServices();
  const { offerUndo } = useUndo();
  const [language] = useLanguage();
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<NoteGrouping>('document');
  const [order, setOrder] = useState<NoteOrder>('updated');
  const deferredQuery = useDeferredValue(query);
  // The first screenful, read on its own: the list shows it while every note is still loading.
  const firstRows = useLiveResult(() => recentNotes(db, order, FIRST_SCREEN_NOTES), [db, order])?.value;
  // Every note is read once the first screenful is painted: reading (and cloning) ten thousand
  // rows at the same time would hold the first screen back behind them.
  const [readAll, setReadAll] = useState(false);
  useEffect(() => {
    if (firstRows === undefined || readAll) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReadAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [firstRows, readAll]);
  // Each note's folded text, made as the notes arrive (between the reads) and kept while the
  // note is unchanged: a keystroke then only compares strings.
  const [textOf] = useState(createNoteTextCache);
  // Typing on filters what the last keystroke kept, not every note again.
  const [filterNotes] = useState(createNoteFilter);
  const allRows =
    useLiveResult(
      () =>
        readAll
          ? allNotes(db, { eachRead: (read) => read.forEach(textOf), beforeNextRead: untilIdle })
          : Promise.resolve(null),
      [db, readAll, textOf],
    )?.value ?? undefined;
  const notes = allRows ?? firstRows;
  const documents = useLiveResult(() => documentTitles(db), [db])?.value;
  useFocusHeading(notes !== undefined, 'notes-title');

  const titles = useMemo(
    () => new Map([...(documents?.values() ?? [])].map((document) => [document.id, titleIn(document, language).text])),
    [documents, language],
  );
  const sorted = useMemo(() => (notes ? sortNotes(notes, order) : []), [notes, order]);
  const foldedTitles = useMemo(() => foldTitles(titles), [titles]);
  // Stable while the titles are: the filter narrows what the last keystroke kept only then.
  const searchTexts = useCallback(
    (note: NoteRow): string[] => [textOf(note), foldedTitles.get(note.target.docId) ?? ''],
    [textOf, foldedTitles],
  );
  const rows = useMemo(() => {
    if (!notes) return [];
    return groupNotes(filterNotes(sorted, deferredQuery, searchTexts), grouping, titles, {
      untagged: t('notes.view.untagged'),
      detached: t('notes.detachedTitle'),
      unknownDocument: t('notes.view.unknownDocument'),
    });
  }, [notes, sorted, deferredQuery, grouping, titles, searchTexts, filterNotes, t]);

  // Stable, so the memoised list is not rendered again for a new callback alone.
  const onDelete = useCallback(
    (id: string): void => {
      void deleteNote(db, id).then((row) => {
        if (row) offerUndo({ message: t('notes.deleted'), undo: () => restoreNote(db, row) });
      });
    },
    [db, offerUndo, t],
  );

  return (
    <div className="list-view notes-view">
      <h1 id="notes-title" tabIndex={-1}>
        {t('notes.view.title')}
      </h1>
      <p className="list-data-link">
        <Link href="/data">{t('data.linkFromLists')}</Link>
        {notes && notes.length > 0 && <NotesPdf rows={rows} heading={t('notes.view.title')} />}
      </p>
      {notes && notes.length === 0 ? (
        <StatusMessage title={t('notes.view.emptyTitle')}>
          <p>{t('notes.view.emptyBody')}</p>
        </StatusMessage>
      ) : (
        <>
          <div className="list-controls">
            <input
              type="search"
              className="list-filter"
              aria-label={t('notes.view.filter')}
              placeholder={t('notes.view.filter')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label>
              {t('notes.view.groupBy')}{' '}
              <select value={grouping} onChange={(event) => setGrouping(event.target.value as NoteGrouping)}>
                {NOTE_GROUPINGS.map((value) => (
                  <option key={value} value={value}>
                    {t(`notes.view.grouping.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('notes.view.sortBy')}{' '}
              <select value={order} onChange={(event) => setOrder(event.target.value as NoteOrder)}>
                {NOTE_ORDERS.map((value) => (
                  <option key={value} value={value}>
                    {t(`notes.view.order.${value}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="list-count" role="status">
            {notes ? t('notes.view.count', { count: rows.filter((row) => row.kind === 'note').length }) : ''}
          </p>
          {notes && rows.length === 0 && <p className="list-empty">{t('notes.view.noMatch')}</p>}
          <VirtualNoteList rows={rows} filter={deferredQuery} documents={documents} onDelete={onDelete} />
        </>
      )}
    </div>
  );
}

/**
 * Memoised: typing in the filter renders the view at once with the rows it had (the filter is
 * deferred), and that render must not reach the list of ten thousand rows.
 */
const VirtualNoteList = memo(function VirtualNoteList({
  rows,
  filter,
  documents,
  onDelete,
}: {
  rows: readonly NoteListRow[];
  /** The filter the rows answer (it trails the field while typing is fast): a benchmark waits for it. */
  filter: string;
  documents: Awaited<ReturnType<typeof documentTitles>> | undefined;
  onDelete: (id: string) => void;
}) {
  const { t } = useTranslation();
  const parentRef = useRef<HTMLDivElement>(null);
  // Stable per list of rows: the virtualizer measures every row again whenever `getItemKey`
  // changes identity, which an inline function does at every render (and every scroll).
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback((index: number) => (rows[index]?.kind === 'group' ? 48 : 120), [rows]);
  // The virtualizer keeps its own state outside React's; the list re-renders with it on scroll.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize,
    getItemKey,
    overscan: 6,
  });
  return (
    <div ref={parentRef} className="virtual-list" role="list" aria-label={t('notes.view.title')} data-filter={filter}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="virtual-row"
              role="listitem"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'group' ? (
                <h2 className={`list-group-title${row.detached ? ' detached' : ''}`}>
                  {row.label} <span className="list-group-count">{row.count}</span>
                </h2>
              ) : (
                <NoteListItem note={row.note} documents={documents} onDelete={onDelete} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});

const NoteListItem = memo(function NoteListItem({
  note,
  documents,
  onDelete,
}: {
  note: NoteRow;
  documents: Awaited<ReturnType<typeof documentTitles>> | undefined;
  onDelete: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const document = documents?.get(note.target.docId);
  const passageId = note.anchorState === 'anchored' ? notePassageId(note) : null;
  return (
    <article className="note-list-item" data-colour={note.colour ?? 'none'} data-note-id={note.id}>
      {note.quote.exact !== '' && (
        <blockquote className="note-quote" lang={note.target.language}>
          {note.quote.exact.length > 240 ? `${note.quote.exact.slice(0, 239)}…` : note.quote.exact}
        </blockquote>
      )}
      {note.body !== '' && <NoteBody body={note.body} />}
      <div className="note-list-meta">
        {note.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        <time dateTime={new Date(note.updatedAt).toISOString()}>{dayFormat(i18n.language).format(note.updatedAt)}</time>
        {document && <Link href={documentPath(document, passageId)}>{t('notes.view.open')}</Link>}
        <button type="button" className="link-button" onClick={() => onDelete(note.id)}>
          {t('notes.delete')}
        </button>
      </div>
    </article>
  );
});
