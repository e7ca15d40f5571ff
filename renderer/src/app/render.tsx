import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { LANGUAGES } from '@shared/document/vocabulary';
import { loadRendererResources } from '@shared/i18n/renderer-catalogues';
import { addLanguage, applyLanguage, createRendererI18n } from '../i18n/setup';
import { handOverLibrary } from '../library/first-snapshot';
import { ServicesProvider } from '../services/context';
import type { EarlyStart } from '../startup/begin';
import { markStartup } from '../startup/marks';
import { App } from './App';
import { OutsideAppMessage } from './OutsideAppMessage';

// This module is the interface's chunk: by now React, i18next and the views are evaluated.
markStartup('ui-evaluated');

/** Renders the app once its language is known, with what the entry chunk already started. */
export async function renderApp(early: EarlyStart | null): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (!early) {
    const [fr, en] = await Promise.all(LANGUAGES.map(loadRendererResources));
    if (fr && en) root.render(<OutsideAppMessage resources={{ fr, en }} />);
    return;
  }
  const [language, resources, storedVersion, library] = await Promise.all([
    early.language,
    early.resources,
    early.storedVersion,
    early.library,
  ]);
  handOverLibrary(library);
  const i18n = createRendererI18n({
    language,
    resources,
    onMissingKey: (key, languages) => console.error(`missing translation: ${key} (${languages})`),
  });
  document.documentElement.lang = language;
  void early.api.uiSetLanguage({ language });
  root.render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ db: early.db, api: early.api }}>
        <App manifest={early.manifest} dataset={early.dataset} storedVersion={storedVersion} />
      </ServicesProvider>
    </I18nextProvider>,
  );
  // With no saved choice, the page's language stood in for the system's: main has the last word
  // (the two agree unless the system's settings changed under a running session).
  void Promise.all([early.savedLanguage, early.systemLanguage]).then(([saved, system]) => {
    if (saved !== null || system === language) return;
    void applyLanguage(i18n, system);
    void early.api.uiSetLanguage({ language: system });
  });
  // The other language's words, once the first screen is up, so that switching stays instant.
  const other = language === 'fr' ? 'en' : 'fr';
  requestIdleCallback(() => void addLanguage(i18n, other).catch(() => undefined), { timeout: 2000 });
}
