import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { pdfFileName } from '@shared/print/pdf-page';
import { useDocumentAnnotations } from '../annotations/DocumentAnnotations';
import { READER_MENU_EVENT, type ReaderMenuCommand } from '../annotations/reader-commands';
import { titleIn } from '../common/documentText';
import { shortWebAddress } from '../common/web-address';
import type { DocumentRow } from '../db/schema';
import { PdfExportStatusLine, usePdfExport } from '../print/usePdfExport';
import { languagesOf, leadingLanguage } from '../settings/reading-mode';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { ReadingModeSwitch } from '../shell/ReadingModeSwitch';

/** Whether the person's highlights and notes go in the PDF: read by the print stylesheet. */
const PRINT_NOTES_ATTRIBUTE = 'data-print-notes';

/**
 * "Save as PDF": the document as the reader shows it — French, English or side by side, chosen
 * here — printed by main through the print stylesheet (no controls, selectable text, links
 * kept), with or without the person's highlights and notes. Ctrl/Cmd+P and File ▸ Save as PDF
 * open the same choices.
 */
export function SavePdf({ document }: { document: DocumentRow }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mode] = useReadingMode();
  const annotations = useDocumentAnnotations();
  const { status, save: savePdf, clear } = usePdfExport();
  const [withNotes, setWithNotes] = useState(true);
  const popover = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const hasNotes = annotations?.hasNotes ?? false;

  const open = useCallback(() => {
    clear();
    // Anchored to its button (as a click would), so it opens under it from the keyboard too.
    const source = button.current;
    (popover.current?.showPopover as ((options?: { source?: HTMLElement }) => void) | undefined)?.call(
      popover.current,
      source ? { source } : undefined,
    );
  }, [clear]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
        // Instead of the browser's own print, which knows nothing of languages or notes.
        event.preventDefault();
        open();
      }
    };
    const onMenu = (event: Event): void => {
      if ((event as CustomEvent<ReaderMenuCommand>).detail === 'save-pdf') open();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(READER_MENU_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(READER_MENU_EVENT, onMenu);
    };
  }, [open]);

  // The print stylesheet reads whether notes go in from the root while the page prints. With
  // notes, every margin shows all of its own (committed now, before main prints the page).
  const printing = async (work: () => Promise<void> | void): Promise<void> => {
    const root = window.document.documentElement;
    const notesIn = withNotes && hasNotes;
    root.setAttribute(PRINT_NOTES_ATTRIBUTE, notesIn ? 'with' : 'without');
    if (notesIn) flushSync(() => annotations?.setMarginsUnfolded(true));
    popover.current?.hidePopover();
    try {
      await work();
    } finally {
      root.removeAttribute(PRINT_NOTES_ATTRIBUTE);
      if (notesIn) annotations?.setMarginsUnfolded(false);
    }
  };
  const save = (): Promise<void> => {
    const title = titleIn(document, leadingLanguage(mode, language)).text;
    const source = document.sourceUrl ? shortWebAddress(document.sourceUrl) : t('print.publisher');
    return printing(() =>
      savePdf({ suggestedName: pdfFileName(title, languagesOf(mode)), header: `${title} — ${source}` }),
    );
  };
  // On paper, through the system's print dialog: the same print stylesheet as the PDF.
  const printOnPaper = (): Promise<void> => printing(() => window.print());

  return (
    <>
      <button
        ref={button}
        type="button"
        className="link-button"
        popoverTarget={popoverId}
        aria-keyshortcuts="Control+P"
      >
        {t('print.button')}
      </button>
      <PdfExportStatusLine status={status} />
      <div
        ref={popover}
        id={popoverId}
        popover="auto"
        className="settings-popover pdf-popover"
        role="dialog"
        aria-labelledby={`${popoverId}-title`}
      >
        <h2 id={`${popoverId}-title`}>{t('print.title')}</h2>
        <div className="settings-row">
          <ReadingModeSwitch label={t('print.languages')} dataAttribute="data-pdf-mode" />
        </div>
        <label className="settings-check">
          <input
            type="checkbox"
            checked={withNotes && hasNotes}
            disabled={!hasNotes}
            onChange={(event) => setWithNotes(event.target.checked)}
          />{' '}
          {hasNotes ? t('print.withNotes') : t('print.noNotes')}
        </label>
        <p className="settings-hint">{t('print.hint')}</p>
        <div className="pdf-actions">
          <button type="button" className="button primary" onClick={() => void save()} disabled={status === 'busy'}>
            {t('print.save')}
          </button>
          <button
            type="button"
            className="button"
            data-print-paper
            onClick={() => void printOnPaper()}
            disabled={status === 'busy'}
          >
            {t('print.paper')}
          </button>
        </div>
      </div>
    </>
  );
}
