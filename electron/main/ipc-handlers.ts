import type { Language } from '@shared/document/vocabulary';
import type { AppInfo, IpcError } from '@shared/ipc/contract';
import { err, ok } from '@shared/result';
import type { DatasetSource } from './dataset-source';
import type { IpcHandlers } from './ipc-registry';
import { openExternalAfterConfirmation, type ExternalLinkDeps } from './security';

export interface HandlerDeps {
  appInfo(): AppInfo;
  dataset: DatasetSource;
  externalLinks: ExternalLinkDeps;
  setLanguage(language: Language): void;
}

const unavailable = (detail: string): { ok: false; error: IpcError } => err({ code: 'dataset-unavailable', detail });

/** What each channel does, given the main process's services. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'app:info': async () => ok(deps.appInfo()),
    'dataset:manifest': async () => {
      const manifest = await deps.dataset.manifest();
      return manifest.ok ? manifest : unavailable(manifest.error);
    },
    'dataset:load': async () => {
      const dataset = await deps.dataset.load();
      return dataset.ok ? dataset : unavailable(dataset.error);
    },
    'link:openExternal': async ({ url }) => {
      const outcome = await openExternalAfterConfirmation(url, deps.externalLinks);
      return outcome === 'refused'
        ? err({ code: 'refused', detail: 'only https addresses can be opened in the browser' })
        : ok({ opened: outcome === 'opened' });
    },
    'ui:setLanguage': async ({ language }) => {
      deps.setLanguage(language);
      return ok(null);
    },
  };
}
