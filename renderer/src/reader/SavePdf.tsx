import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PDF_LINE, pdfFileName } from '@shared/print/pdf-page';
import { READING_MODES } from '@shared/settings/vocabulary';
import { useDocumentAnnotations } from '../annotations/DocumentAnnotations';
import { READER_MENU_EVENT, type ReaderMenuCommand } from '../annotations/reader-commands';
import { SegmentedSwitch } from '../common/SegmentedSwitch';
import { titleIn } from '../common/documentText';
import { shortWebAddress } from '../common/web-address';
import type { DocumentRow } from '../db/schema';
import { useServices } from '../services/context';
import { languagesOf, leadingLanguage } from '../settings/reading-mode';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';

type Status = 'idle' | 'busy' | 'saved' | 'failed';

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
  const { api, db } = useServices();
  const [language] = useLanguage();
  const [mode, setMode] = useReadingMode();
  const annotations = useDocumentAnnotations();
  const dataset = useLiveQuery(() => db.datasetMeta.get('current'), [db]);
  const [withNotes, setWithNotes] = useState(true);
  const [status, setStatus] = useState<Status>('idle');
  const popover = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const hasNotes = annotations?.hasNotes ?? false;

  const open = useCallback(() => {
    setStatus((current) => (current === 'busy' ? current : 'idle'));
    // Anchored to its button (as a click would), so it opens under it from the keyboard too.
    const source = button.current;
    (popover.current?.showPopover as ((options?: { source?: HTMLElement }) => void) | undefined)?.call(
      popover.current,
      source ? { source } : undefined,
    );
  }, []);
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

  const save = async (): Promise<void> => {
    const root = window.document.documentElement;
    const title = titleIn(document, leadingLanguage(mode, language)).text;
    const source = document.sourceUrl ? shortWebAddress(document.sourceUrl) : t('print.publisher');
    setStatus('busy');
    root.setAttribute(PRINT_NOTES_ATTRIBUTE, withNotes && hasNotes ? 'with' : 'without');
    popover.current?.hidePopover();
    try {
      const result = await api.printSavePdf({
        suggestedName: pdfFileName(title, languagesOf(mode)),
        header: `${title} — ${source}`.slice(0, MAX_PDF_LINE),
        footer: t('print.footer', { version: dataset?.version ?? '?' }).slice(0, MAX_PDF_LINE),
        landscape: false,
      });
      setStatus(result.ok ? (result.value.saved ? 'saved' : 'idle') : 'failed');
    } catch {
      setStatus('failed');
    } finally {
      root.removeAttribute(PRINT_NOTES_ATTRIBUTE);
    }
  };

  // On paper, through the system's print dialog: the same print stylesheet as the PDF.
  const printOnPaper = (): void => {
    const root = window.document.documentElement;
    root.setAttribute(PRINT_NOTES_ATTRIBUTE, withNotes && hasNotes ? 'with' : 'without');
    popover.current?.hidePopover();
    try {
      window.print();
    } finally {
      root.removeAttribute(PRINT_NOTES_ATTRIBUTE);
    }
  };

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
      <span className="pdf-status" role="status">
        {status === 'busy' && t('print.busy')}
        {status === 'saved' && t('print.saved')}
        {status === 'failed' && t('print.failed')}
      </span>
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
          <SegmentedSwitch
            label={t('print.languages')}
            shortLabel={t('print.languages')}
            options={READING_MODES.map((option) => ({
              value: option,
              short: t(`reading.modes.${option}.short`),
              name: t(`reading.modes.${option}.name`),
            }))}
            value={mode}
            onChange={setMode}
            dataAttribute="data-pdf-mode"
          />
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
          <button type="button" className="button" data-print-paper onClick={printOnPaper} disabled={status === 'busy'}>
            {t('print.paper')}
          </button>
        </div>
      </div>
    </>
  );
}
