import type { Language } from '@shared/document/vocabulary';
import type { ReadingMode } from '@shared/settings/vocabulary';

/** The languages a reading mode shows, French first when both. */
export const languagesOf = (mode: ReadingMode): Language[] => (mode === 'both' ? ['fr', 'en'] : [mode]);

/** The language that leads (titles, table of contents): the reading language, or the interface's when both. */
export const leadingLanguage = (mode: ReadingMode, interfaceLanguage: Language): Language =>
  mode === 'both' ? interfaceLanguage : mode;
