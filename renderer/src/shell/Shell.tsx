import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MenuCommand } from '@shared/ipc/contract';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { focusSearchField, SearchField } from '../search/SearchField';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingModeSwitch } from './ReadingModeSwitch';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { READER_MENU_EVENT } from '../annotations/reader-commands';
import { useHistoryAvailability } from './useHistoryAvailability';

/** The frame around every view: skip link, header with navigation and language, the main region. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const [location, navigate] = useLocation();
  const [, setLanguage] = useLanguage();
  const [, setReadingMode] = useReadingMode();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const { canGoBack, canGoForward } = useHistoryAvailability();

  const actions = useMemo(
    () => ({
      back: () => history.back(),
      forward: () => history.forward(),
      library: () => navigate('/'),
      glossary: () => navigate('/glossary'),
      showShortcuts: () => setShortcutsOpen(true),
      search: focusSearchField,
    }),
    [navigate],
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
        case 'toggle-bookmark':
        case 'add-note':
          // The open reader acts on its focused passage; elsewhere there is nothing to bookmark.
          return window.dispatchEvent(new CustomEvent(READER_MENU_EVENT, { detail: command }));
      }
    },
    [actions, navigate, setLanguage, setReadingMode],
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
          <SectionLink href="/" current={section === 'library'} label={t('nav.library')} />
          <SectionLink href="/glossary" current={section === 'glossary'} label={t('nav.glossary')} />
          <SectionLink href="/notes" current={section === 'notes'} label={t('nav.notes')} />
          <SectionLink href="/bookmarks" current={section === 'bookmarks'} label={t('nav.bookmarks')} />
          <SectionLink href="/about" current={section === 'about'} label={t('nav.about')} />
        </nav>
        <SearchField />
        <div className="header-tools">
          <ReadingModeSwitch />
          <LanguageSwitch />
          <IconButton onClick={actions.showShortcuts} label={t('nav.shortcuts')} hint={t('nav.shortcuts')} glyph="?" />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}

/** A main section in the header, marked as the current page while one of its views is shown. */
function SectionLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  return (
    <Link href={href} aria-current={current ? 'page' : undefined}>
      {label}
    </Link>
  );
}

/** A square button showing a symbol, named for screen readers and explained on hover. */
function IconButton(props: { onClick: () => void; disabled?: boolean; label: string; hint: string; glyph: string }) {
  return (
    <button
      type="button"
      className="icon-button"
      onClick={props.onClick}
      disabled={props.disabled}
      aria-label={props.label}
      title={props.hint}
    >
      {props.glyph}
    </button>
  );
}
