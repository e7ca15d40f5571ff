import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MenuCommand } from '@shared/ipc/contract';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { focusSearchField, SearchField } from '../search/SearchField';
import { ReadingModeSwitch } from './ReadingModeSwitch';
import { SettingsPopover } from './SettingsPopover';
import { useAppliedAppearance } from '../settings/useAppearance';
import { stepTextSizeSetting } from '../db/reading-queries';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { READER_MENU_EVENT } from '../annotations/reader-commands';
import { useHistoryAvailability } from './useHistoryAvailability';
import { useImportQueue } from '../import/ImportQueue';

/** The frame around every view: skip link, header with navigation and language, the main region. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const [location, navigate] = useLocation();
  const [, setLanguage] = useLanguage();
  const [, setReadingMode] = useReadingMode();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // Stable, so the memoised dialog is not rendered again at each navigation.
  const closeShortcuts = useCallback(() => setShortcutsOpen(false), []);
  const { canGoBack, canGoForward } = useHistoryAvailability();
  const { pickFiles } = useImportQueue();
  useAppliedAppearance();

  const actions = useMemo(
    () => ({
      back: () => history.back(),
      forward: () => history.forward(),
      library: () => navigate('/'),
      glossary: () => navigate('/glossary'),
      showShortcuts: () => setShortcutsOpen(true),
      search: focusSearchField,
      textSize: (step: -1 | 0 | 1) => void stepTextSizeSetting(db, step).catch(() => undefined),
      read: setReadingMode,
    }),
    [navigate, db, setReadingMode],
  );
  useGlobalShortcuts(actions);

  const onMenuCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'go-back':
          return actions.back();
        case 'go-forward':
          return actions.forward();
        case 'go-library':
          return actions.library();
        case 'go-about':
          return navigate('/about');
        case 'show-shortcuts':
          return actions.showShortcuts();
        case 'use-language-fr':
          return setLanguage('fr');
        case 'use-language-en':
          return setLanguage('en');
        case 'read-fr':
          return setReadingMode('fr');
        case 'read-en':
          return setReadingMode('en');
        case 'read-both':
          return setReadingMode('both');
        case 'go-glossary':
          return actions.glossary();
        case 'focus-search':
          return actions.search();
        case 'go-bookmarks':
          return navigate('/bookmarks');
        case 'go-notes':
          return navigate('/notes');
        case 'export-backup':
          return navigate('/data');
        case 'import-backup':
          return navigate('/data/import');
        case 'import-documents':
          return void pickFiles();
        case 'text-larger':
          return actions.textSize(1);
        case 'text-smaller':
          return actions.textSize(-1);
        case 'text-reset':
          return actions.textSize(0);
        case 'toggle-bookmark':
        case 'add-note':
        case 'copy-citation':
        case 'save-pdf':
          // The open reader acts on its focused passage; elsewhere there is nothing to bookmark.
          return window.dispatchEvent(new CustomEvent(READER_MENU_EVENT, { detail: command }));
      }
    },
    [actions, navigate, setLanguage, setReadingMode, pickFiles],
  );
  useEffect(() => api.onMenuCommand(onMenuCommand), [api, onMenuCommand]);

  const section = location.startsWith('/search')
    ? 'search'
    : location.startsWith('/notes')
      ? 'notes'
      : location.startsWith('/data')
        ? 'data'
        : location.startsWith('/bookmarks')
          ? 'bookmarks'
          : location.startsWith('/about')
            ? 'about'
            : location.startsWith('/glossary')
              ? 'glossary'
              : location.startsWith('/read')
                ? 'read'
                : 'library';
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="history-buttons">
          {[
            { onClick: actions.back, disabled: !canGoBack, label: t('nav.back'), hint: t('nav.backHint'), glyph: '←' },
            {
              onClick: actions.forward,
              disabled: !canGoForward,
              label: t('nav.forward'),
              hint: t('nav.forwardHint'),
              glyph: '→',
            },
          ].map((button) => (
            <IconButton key={button.glyph} {...button} />
          ))}
        </div>
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav className="main-nav" aria-label={t('nav.main')}>
          {/* A document is read from the library: its section stays marked while reading. */}
          <SectionLink
            href="/"
            current={section === 'library' ? 'page' : section === 'read' ? 'true' : false}
            label={t('nav.library')}
          />
          <SectionLink href="/glossary" current={section === 'glossary' && 'page'} label={t('nav.glossary')} />
          <SectionLink href="/notes" current={section === 'notes' && 'page'} label={t('nav.notes')} />
          <SectionLink href="/bookmarks" current={section === 'bookmarks' && 'page'} label={t('nav.bookmarks')} />
          <SectionLink href="/about" current={section === 'about' && 'page'} label={t('nav.about')} />
        </nav>
        <SearchField />
        <div className="header-tools">
          <ReadingModeSwitch />
          <SettingsPopover />
          <IconButton
            onClick={actions.showShortcuts}
            label={t('nav.shortcuts')}
            hint={t('nav.shortcuts')}
            glyph="?"
            className="shortcuts-button"
          />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={closeShortcuts} />
    </div>
  );
}

/** A main section in the header, marked as current (`page`, or `true` for a page within it) while shown. */
function SectionLink({ href, current, label }: { href: string; current: 'page' | 'true' | false; label: string }) {
  return (
    <Link href={href} aria-current={current || undefined}>
      {label}
    </Link>
  );
}

/** A square button showing a symbol, named for screen readers and explained on hover. */
function IconButton(props: {
  onClick: () => void;
  disabled?: boolean;
  label: string;
  hint: string;
  glyph: string;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={props.className ? `icon-button ${props.className}` : 'icon-button'}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-label={props.label}
      title={props.hint}
    >
      {props.glyph}
    </button>
  );
}
