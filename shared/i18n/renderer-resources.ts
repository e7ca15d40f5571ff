import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';

/**
 * The renderer's catalogues: the `common` namespace in each language. Kept apart from the
 * main process's `main` namespace (native menus and dialogs), which has no business in the
 * page's bundle; the renderer may import only this module (`.oxlintrc.json` says so).
 */
export const RENDERER_RESOURCES = {
  fr: { common: frCommon },
  en: { common: enCommon },
} as const;
