import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';

/**
 * The renderer's catalogues: the `common` namespace in each language, for the main process
 * and the tests. The page itself loads one language at a time through
 * `renderer-catalogues.ts` (`.oxlintrc.json` keeps it from importing this module), and
 * never the main process's `main` namespace (native menus and dialogs).
 */
export const RENDERER_RESOURCES = {
  fr: { common: frCommon },
  en: { common: enCommon },
} as const;
