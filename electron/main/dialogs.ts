import type { BaseWindow, Dialog, MessageBoxOptions } from 'electron';
import type { i18n, TFunction } from 'i18next';
import type { ExternalLink } from './security';
import type { WindowTrouble } from './window-health';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  /** The main process's i18next instance: dialogs speak the interface language of the moment. */
  i18n: i18n;
  /** The window a confirmation belongs to, when there is one. */
  parentWindow(): BaseWindow | null;
  appVersion: string;
}

/**
 * The question asked before an address leaves the app for the system browser: the host in
 * its ASCII form (a look-alike letter shows as `xn--…`) and the normalised address, exactly
 * what the system will receive.
 */
export function openExternalDialogOptions(t: TFunction<'main'>, link: ExternalLink): MessageBoxOptions {
  return {
    type: 'question',
    title: t('dialog.openExternal.title'),
    message: t('dialog.openExternal.message', { host: link.host }),
    detail: t('dialog.openExternal.detail', { url: link.href }),
    buttons: [t('dialog.openExternal.open'), t('dialog.openExternal.cancel')],
    // Cancelling is what Escape, Enter and closing the dialog do: nothing opens by accident.
    defaultId: 1,
    cancelId: 1,
  };
}

/** The app's name, version and the provenance of its content. */
export function aboutAppDialogOptions(t: TFunction<'main'>, version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: t('dialog.aboutApp.title'),
    message: t('dialog.aboutApp.message', { version }),
    detail: t('dialog.aboutApp.detail'),
    buttons: [t('dialog.aboutApp.close')],
  };
}

/**
 * What the person is told when the window cannot show the app: a page that failed to load,
 * a renderer that crashed (both: reload or quit) or one that hangs (wait or reload).
 * Reloading is the default: it keeps every saved note.
 */
export function windowTroubleDialogOptions(
  t: TFunction<'main'>,
  trouble: WindowTrouble,
  detail: string,
): MessageBoxOptions {
  const key = ({ 'load-failed': 'loadFailed', 'renderer-gone': 'rendererGone', unresponsive: 'unresponsive' } as const)[
    trouble
  ];
  return {
    type: trouble === 'unresponsive' ? 'warning' : 'error',
    title: t(`dialog.${key}.title`),
    message: t(`dialog.${key}.message`),
    detail: `${t(`dialog.${key}.detail`)}\n\n${detail}`,
    buttons: [
      t('dialog.windowTrouble.reload'),
      t(trouble === 'unresponsive' ? 'dialog.windowTrouble.wait' : 'dialog.windowTrouble.quit'),
    ],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}

/** The main process's own message boxes, translated when they open. */
export function createDialogs(deps: DialogDeps) {
  const t = (): TFunction<'main'> => deps.i18n.getFixedT(null, 'main');
  return {
    /** Resolves true when the person chooses to open the address. */
    confirmOpenExternal: async (link: ExternalLink): Promise<boolean> => {
      const options = openExternalDialogOptions(t(), link);
      const parent = deps.parentWindow();
      const { response } = parent
        ? await deps.dialog.showMessageBox(parent, options)
        : await deps.dialog.showMessageBox(options);
      return response === 0;
    },
    /** Resolves what the person chose after the window failed them. */
    askAfterWindowTrouble: async (trouble: WindowTrouble, detail: string): Promise<'reload' | 'quit' | 'wait'> => {
      const { response } = await deps.dialog.showMessageBox(windowTroubleDialogOptions(t(), trouble, detail));
      if (response === 0) return 'reload';
      return trouble === 'unresponsive' ? 'wait' : 'quit';
    },
    showAboutApp: (): void => {
      void deps.dialog.showMessageBox(aboutAppDialogOptions(t(), deps.appVersion));
    },
  };
}
