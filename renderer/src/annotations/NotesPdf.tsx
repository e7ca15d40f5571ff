import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NoteListRow } from '@shared/annotation/notes-list';
import { MAX_PDF_LINE } from '@shared/print/pdf-page';
import { useServices } from '../services/context';
import { NoteBody } from './NoteBody';

type Status = 'idle' | 'printing' | 'saved' | 'failed';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The Notes view as a PDF: every note the view lists (filtered and grouped as it is), not the
 * screenful the virtual list holds. The whole list is drawn only while it prints, outside the
 * view, and shown by the print stylesheet alone.
 */
export function NotesPdf({ rows, heading }: { rows: readonly NoteListRow[]; heading: string }) {
  const { t, i18n } = useTranslation();
  const { api, db } = useServices();
  const dataset = useLiveQuery(() => db.datasetMeta.get('current'), [db]);
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status !== 'printing') return undefined;
    let cancelled = false;
    void (async () => {
      // Two frames: the whole list is in the page and laid out before it is printed.
      await nextFrame();
      await nextFrame();
      try {
        const result = await api.printSavePdf({
          suggestedName: `reperes-notes-${new Date().toISOString().slice(0, 10)}.pdf`,
          header: `${heading} — Repères`.slice(0, MAX_PDF_LINE),
          footer: t('print.footer', { version: dataset?.version ?? '?' }).slice(0, MAX_PDF_LINE),
          landscape: false,
        });
        if (!cancelled) setStatus(result.ok ? (result.value.saved ? 'saved' : 'idle') : 'failed');
      } catch {
        if (!cancelled) setStatus('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [status, api, heading, dataset, t]);

  return (
    <>
      <button
        type="button"
        className="link-button"
        data-notes-pdf
        disabled={status === 'printing' || rows.length === 0}
        onClick={() => setStatus('printing')}
      >
        {t('print.button')}
      </button>
      <span className="pdf-status" role="status">
        {status === 'printing' && t('print.busy')}
        {status === 'saved' && t('print.saved')}
        {status === 'failed' && t('print.failed')}
      </span>
      {status === 'printing' &&
        createPortal(
          <section className="print-only notes-print" lang={i18n.language}>
            <h1>{heading}</h1>
            {rows.map((row) =>
              row.kind === 'group' ? (
                <h2 key={row.key}>
                  {row.label} ({row.count})
                </h2>
              ) : (
                <article key={row.key} className="note-list-item" data-colour={row.note.colour ?? 'none'}>
                  {row.note.quote.exact !== '' && (
                    <blockquote className="note-quote" lang={row.note.target.language}>
                      {row.note.quote.exact}
                    </blockquote>
                  )}
                  {row.note.body !== '' && <NoteBody body={row.note.body} />}
                  {row.note.tags.length > 0 && <p className="note-list-meta">{row.note.tags.join(' · ')}</p>}
                </article>
              ),
            )}
          </section>,
          document.body,
        )}
    </>
  );
}
