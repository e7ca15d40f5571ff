import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NoteListRow } from '@shared/annotation/notes-list';
import { PdfExportStatusLine, usePdfExport } from '../print/usePdfExport';
import { NoteBody } from './NoteBody';

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The Notes view as a PDF: every note the view lists (filtered and grouped as it is), not the
 * screenful the virtual list holds. The whole list is drawn only while it prints, outside the
 * view, and shown by the print stylesheet alone.
 */
export function NotesPdf({ rows, heading }: { rows: readonly NoteListRow[]; heading: string }) {
  const { t, i18n } = useTranslation();
  const { status, save } = usePdfExport();
  const [printing, setPrinting] = useState(false);

  const print = async (): Promise<void> => {
    setPrinting(true);
    // Two frames: the whole list is in the page and laid out before it is printed.
    await nextFrame();
    await nextFrame();
    await save({
      suggestedName: `reperes-notes-${new Date().toISOString().slice(0, 10)}.pdf`,
      header: `${heading} — Repères`,
    });
    setPrinting(false);
  };

  return (
    <>
      <button
        type="button"
        className="link-button"
        data-notes-pdf
        disabled={printing || rows.length === 0}
        onClick={() => void print()}
      >
        {t('print.button')}
      </button>
      <PdfExportStatusLine status={printing ? 'busy' : status} />
      {printing &&
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
