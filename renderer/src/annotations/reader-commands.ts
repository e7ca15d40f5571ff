import type { MenuCommand } from '@shared/ipc/contract';

/**
 * The menu's reader commands, passed on by the shell to whichever reader is open, as a window
 * event: the shell stays free of the reader's code, which loads with the reader.
 */
export const READER_MENU_EVENT = 'reperes:reader-command';
export type ReaderMenuCommand = Extract<MenuCommand, 'toggle-bookmark' | 'add-note' | 'copy-citation' | 'save-pdf'>;
