import type { Language } from '@shared/document/vocabulary';
import { languageFromLocale } from '@shared/i18n/locale';
import { loadRendererResources, type RendererResources } from '@shared/i18n/renderer-catalogues';
import type { IpcResult, ReperesApi } from '@shared/ipc/contract';
import { getLanguageSetting, listLibraryDocuments } from '../db/queries';
import type { DocumentRow } from '../db/schema';
import { ReperesDatabase } from '../db/schema';
import { getAppearance } from '../db/reading-queries';
import { applyAppearance } from '../settings/appearance';
import { getApi } from '../services/api';
import { markStartup } from './marks';

/** What the entry chunk asked for before the interface's code was even loaded. */
export interface EarlyStart {
  db: ReperesDatabase;
  api: ReperesApi;
  /** The interface language a person chose, if they did. */
  savedLanguage: Promise<Language | null>;
  /** The system's language as main reports it (`app.getLocale()`): French unless English. */
  systemLanguage: Promise<Language>;
  /**
   * The language to show first: the saved one, else the page's own (`navigator.language`,
   * which Electron derives from the same system locale) — without waiting for main's answer.
   */
  language: Promise<Language>;
  /** That language's catalogue, loaded as soon as the language is known. */
  resources: Promise<RendererResources>;
  /** The dataset version the store already holds; null on a first run (or a store that cannot say). */
  storedVersion: Promise<string | null>;
  /** Main's answer about the bundled dataset, asked once at start. */
  manifest: Promise<IpcResult<'dataset:manifest'>>;
  /** On a first run (nothing stored), the whole dataset, asked for at once; null otherwise. */
  dataset: Promise<IpcResult<'dataset:load'> | null>;
  /** On a warm start, the library's rows as the store holds them; null otherwise. */
  library: Promise<DocumentRow[] | null>;
}

/**
 * Starts, from the small entry chunk, everything the first screen waits on — opening the
 * database and reading what it holds, asking main for the dataset manifest and the system
 * language, fetching the likely language's catalogue — so that it runs while the browser
 * loads and evaluates the interface's code.
 * Null when the page runs outside the app (no preload).
 */
export function beginStartup(): EarlyStart | null {
  const api = getApi();
  if (!api) return null;
  const db = new ReperesDatabase();
  // A store written by a newer Repères is not opened at all (Dexie would change it): the
  // dataset check then says so. A failed open is reported by that check too.
  const opened = db
    .isFromNewerApp()
    .catch(() => false)
    .then((newer) => (newer ? Promise.reject(new Error('written by a newer Repères')) : db.open()));
  void opened.then(
    () => markStartup('database-open'),
    () => undefined,
  );
  // The person's theme and text size, on the page before anything is drawn in it.
  void opened
    .then(() => getAppearance(db))
    .then((appearance) => applyAppearance(document.documentElement, appearance))
    .catch(() => undefined);
  const manifest = api.datasetManifest().then((result) => {
    markStartup('manifest-answered');
    return result;
  });
  const systemLanguage = api
    .appInfo()
    .then((info) => languageFromLocale(info.ok ? info.value.locale : navigator.language))
    .catch(() => languageFromLocale(navigator.language));
  const savedLanguage = opened.then(() => getLanguageSetting(db)).catch(() => null);
  // The system's words are the likely ones: fetch them now, the chosen language's only if it differs.
  const likely = languageFromLocale(navigator.language);
  const likelyResources = loadRendererResources(likely);
  // Unused when a person chose the other language: its failure then concerns no one.
  likelyResources.catch(() => undefined);
  const language = savedLanguage.then((saved) => saved ?? likely);
  const resources = language.then((chosen) => (chosen === likely ? likelyResources : loadRendererResources(chosen)));
  const storedVersion = opened
    .then(() => db.datasetMeta.get('current'))
    .then(
      (row) => row?.version ?? null,
      () => null,
    );
  // An empty store will need the whole bundle: ask for it now rather than after the check.
  const dataset = storedVersion.then((version) => (version === null ? api.datasetLoad() : null));
  // A store that holds a dataset can show the library at once: read it now.
  const library = storedVersion.then((version) =>
    version === null
      ? null
      : listLibraryDocuments(db).then(
          (rows) => {
            markStartup('first-query');
            return rows;
          },
          () => null,
        ),
  );
  return { db, api, savedLanguage, systemLanguage, language, resources, storedVersion, manifest, dataset, library };
}
