import { z } from 'zod';
import { LanguageSchema } from '@shared/document/schema';
import type { Language } from '@shared/document/vocabulary';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

export interface UiDeps {
  /** Switches the main process's menus and dialogs to the interface language. */
  setLanguage(language: Language): void;
}

/** What the main process needs to know about the interface. */
export function uiChannels(deps: UiDeps): IpcDomain<'ui'> {
  return {
    'ui:setLanguage': {
      argument: z.strictObject({ language: LanguageSchema }),
      handle: async ({ language }) => {
        deps.setLanguage(language);
        return ok(null);
      },
    },
  };
}
