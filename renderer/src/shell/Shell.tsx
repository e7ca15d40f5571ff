import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { MenuCommand } from '@shared/ipc/contract';
import { useServices } from '../services/context';
import { useLanguage } from '../settings/useLanguage';
import { useReadingMode } from '../settings/useReadingMode';
import { LanguageSwitch } from './LanguageSwitch';
import { ReadingModeSwitch } from './ReadingModeSwitch';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useGlobalShortcuts } from './useGlobalShortcuts';
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
      }
    },
    [actions, navigate, setLanguage, setReadingMode],
  );
  useEffect(() => api.onMenuCommand(onMenuCommand), [api, onMenuCommand]);

  const section = location.startsWith('/about')
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
          <button
            type="button"
            className="icon-button"
            onClick={actions.back}
            disabled={!canGoBack}
            aria-label={t('nav.back')}
            title={t('nav.backHint')}
          >
            ←
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={actions.forward}
            disabled={!canGoForward}
            aria-label={t('nav.forward')}
            title={t('nav.forwardHint')}
          >
            →
          </button>
        </div>
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav className="main-nav" aria-label={t('nav.main')}>
          <Link href="/" aria-current={section === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </Link>
          <Link href="/glossary" aria-current={section === 'glossary' ? 'page' : undefined}>
            {t('nav.glossary')}
          </Link>
          <Link href="/about" aria-current={section === 'about' ? 'page' : undefined}>
            {t('nav.about')}
          </Link>
        </nav>
        <div className="header-tools">
          <ReadingModeSwitch />
          <LanguageSwitch />
          <button
            type="button"
            className="icon-button"
            onClick={actions.showShortcuts}
            aria-label={t('nav.shortcuts')}
            title={t('nav.shortcuts')}
          >
            ?
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  );
}
