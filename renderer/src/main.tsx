import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { languageFromLocale } from '@shared/i18n/locale';
import { App } from './app/App';
import { getApi } from './services/api';
import { ServicesProvider } from './services/context';
import { getLanguageSetting } from './db/queries';
import { ReperesDatabase } from './db/schema';
import { createRendererI18n } from './i18n/setup';
import { OutsideAppMessage } from './app/OutsideAppMessage';
import './styles/index.css';
import { markStartup } from './startup/marks';

// One bundle: the entry runs once every module of the UI has been evaluated.
markStartup('entry-evaluated');
markStartup('ui-evaluated');

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const api = getApi();
  if (!api) {
    root.render(<OutsideAppMessage />);
    return;
  }
  const db = new ReperesDatabase();
  void db.open().then(
    () => markStartup('database-open'),
    () => undefined,
  );
  // The saved choice wins; on first start, the system's language (French unless English).
  const [saved, info] = await Promise.all([getLanguageSetting(db).catch(() => null), api.appInfo()]);
  const language = saved ?? languageFromLocale(info.ok ? info.value.locale : navigator.language);
  const i18n = createRendererI18n({
    language,
    onMissingKey: (key, languages) => console.error(`missing translation: ${key} (${languages})`),
  });
  document.documentElement.lang = language;
  void api.uiSetLanguage({ language });
  root.render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{ db, api }}>
        <App />
      </ServicesProvider>
    </I18nextProvider>,
  );
}

void start();
