import type { Language } from '@shared/document/vocabulary';
import { languageFromLocale } from '@shared/i18n/locale';
import { loadRendererResources, type RendererResources } from '@shared/i18n/renderer-catalogues';
import type { IpcResult, ReperesApi } from '@shared/ipc/contract';
import { getLanguageSetting, listLibraryDocuments } from '../db/queries';
import type { DocumentRow } from '../db/schema';
import { ReperesDatabase } from '../db/schema';
import { getApi } from '../services/api';
import { markStartup } from './marks';

/** What the entry chunk asked for before the interface's code was even loaded. */
export interface EarlyStart {
  db: ReperesDatabase;
  api: ReperesApi;
  /** The saved interface language, else the system's (French unless English). */
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
 * language, then that language's catalogue — so that it runs while the browser loads and evaluates the interface's code.
 * Null when the page runs outside the app (no preload).
 */
export function beginStartup(): EarlyStart | null {
  const api = getApi();
  if (!api) return null;
  const db = new ReperesDatabase();
  // A failed open is reported by the dataset check, which runs its own queries.
  void db.open().then(
    () => markStartup('database-open'),
    () => undefined,
  );
  const manifest = api.datasetManifest().then((result) => {
    markStartup('manifest-answered');
    return result;
  });
  const info = api.appInfo();
  const language = Promise.all([getLanguageSetting(db).catch(() => null), info]).then(
    ([saved, appInfo]) => saved ?? languageFromLocale(appInfo.ok ? appInfo.value.locale : navigator.language),
  );
  const resources = language.then(loadRendererResources);
  const storedVersion = db.datasetMeta.get('current').then(
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
  return { db, api, language, resources, storedVersion, manifest, dataset, library };
}
