import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { citation, citationPair, CITATION_FORMATS, type CitationFormat } from '@shared/citation/cite';
import type { Language } from '@shared/document/vocabulary';
import { describePassage, passageInFocus, passageSelectionOf } from '../annotations/passage-selection';
import { READER_MENU_EVENT, type ReaderMenuCommand } from '../annotations/reader-commands';
import { useDatasetVersion } from '../common/useDatasetVersion';
import { useReadingMode } from '../settings/useReadingMode';
import { isTypingTarget } from '../shell/keyboard';
import { citationSourceFor } from './citation-source';
import type { DocumentView } from './document-view';

interface PassageToCite {
  blockId: string;
  itemId: string | null;
  language: Language;
  quote: string;
}

interface CitationsValue {
  copy(passage: PassageToCite, format: CitationFormat): void;
  /** Side by side: the passage in both languages, each with its citation. */
  copyPair(passages: readonly PassageToCite[]): void;
}

const CitationsContext = createContext<CitationsValue | null>(null);

/**
 * Copying a passage with its citation, for the reader's document: the cite button of each
 * passage, Ctrl/Cmd+Shift+C and Edit ▸ Copy with Citation (a selection, else the focused
 * passage), and a short "copied" message.
 */
export function CitationsProvider({ view, children }: { view: DocumentView; children: ReactNode }) {
  const { t } = useTranslation();
  const datasetVersion = useDatasetVersion() ?? '?';
  const [message, setMessage] = useState<string | null>(null);
  const copyText = useCallback(
    (text: string) =>
      void navigator.clipboard.writeText(text).then(
        () => setMessage(t('reader.cite.copied')),
        () => setMessage(t('reader.cite.failed')),
      ),
    [t],
  );
  const copy = useCallback(
    (passage: PassageToCite, format: CitationFormat) =>
      copyText(citation(citationSourceFor(view, passage, datasetVersion, Date.now()), format)),
    [view, datasetVersion, copyText],
  );
  const copyPair = useCallback(
    (passages: readonly PassageToCite[]) => {
      const consultedAt = Date.now();
      copyText(citationPair(passages.map((passage) => citationSourceFor(view, passage, datasetVersion, consultedAt))));
    },
    [view, datasetVersion, copyText],
  );
  useEffect(() => {
    if (message === null) return undefined;
    const timer = setTimeout(() => setMessage(null), 2500);
    return () => clearTimeout(timer);
  }, [message]);
  useEffect(() => {
    const citeCurrent = (): boolean => {
      const selection = passageSelectionOf(window.getSelection());
      if (selection) {
        copy({ ...selection, quote: selection.text.slice(selection.start, selection.end) }, 'text');
        return true;
      }
      const element = passageInFocus();
      const passage = element ? describePassage(element) : null;
      if (!passage) return false;
      copy({ ...passage, quote: passage.text }, 'text');
      return true;
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'c') {
        if (citeCurrent()) event.preventDefault();
      }
    };
    const onMenu = (event: Event): void => {
      if ((event as CustomEvent<ReaderMenuCommand>).detail === 'copy-citation') citeCurrent();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(READER_MENU_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(READER_MENU_EVENT, onMenu);
    };
  }, [copy]);
  const value = useMemo(() => ({ copy, copyPair }), [copy, copyPair]);
  return (
    <CitationsContext.Provider value={value}>
      {children}
      <div className="copied-region" role="status">
        {message && <p className="copied-toast">{message}</p>}
      </div>
    </CitationsContext.Provider>
  );
}

/**
 * The cite button of one passage: a small menu of the three formats (plain text, Markdown,
 * CSL-JSON for reference managers), each copying the whole passage with its citation.
 */
export function CiteButton({
  blockId,
  itemId,
  language,
}: {
  blockId: string;
  itemId: string | null;
  language: Language;
}) {
  const { t } = useTranslation();
  const citations = useContext(CitationsContext);
  const [mode] = useReadingMode();
  const paired = mode === 'both';
  const menuId = `cite-${itemId ?? blockId}`;
  if (!citations) return null;
  const copyAs = (format: CitationFormat, button: HTMLElement): void => {
    const scope = document.querySelector(`[data-block-id="${CSS.escape(itemId ?? blockId)}"]`);
    // Side by side, a passage shows in both languages: cite the one read first.
    const element =
      scope?.querySelector<HTMLElement>(`[data-passage-id][data-language="${language}"]`) ??
      scope?.querySelector<HTMLElement>('[data-passage-id]');
    const passage = element ? describePassage(element) : null;
    button.closest<HTMLElement>('[popover]')?.hidePopover();
    if (passage) citations.copy({ ...passage, quote: passage.text }, format);
  };
  const copyBoth = (button: HTMLElement): void => {
    const scope = document.querySelector(`[data-block-id="${CSS.escape(itemId ?? blockId)}"]`);
    const passages = (['fr', 'en'] as const).flatMap((shown) => {
      const element = scope?.querySelector<HTMLElement>(`[data-passage-id][data-language="${shown}"]`);
      const passage = element ? describePassage(element) : null;
      return passage ? [{ ...passage, quote: passage.text }] : [];
    });
    button.closest<HTMLElement>('[popover]')?.hidePopover();
    if (passages.length > 0) citations.copyPair(passages);
  };
  return (
    <>
      <button
        type="button"
        className="passage-action"
        popoverTarget={menuId}
        aria-label={t('reader.cite.button')}
        title={t('reader.cite.hint')}
      >
        ❝
      </button>
      <div id={menuId} popover="auto" className="cite-menu" role="menu" aria-label={t('reader.cite.button')}>
        {CITATION_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            role="menuitem"
            data-citation-format={format}
            onClick={(event) => copyAs(format, event.currentTarget)}
          >
            {t(`reader.cite.formats.${format}`)}
          </button>
        ))}
        {paired && (
          <button
            type="button"
            role="menuitem"
            data-citation-format="pair"
            onClick={(event) => copyBoth(event.currentTarget)}
          >
            {t('reader.cite.formats.pair')}
          </button>
        )}
      </div>
    </>
  );
}
