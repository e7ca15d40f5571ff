import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { createDialogs } from '../../../electron/main/dialogs';
import { createMainI18n } from '../../../electron/main/i18n';

function dialogs(options: { response?: number; window?: BaseWindow | null; language?: 'fr' | 'en' } = {}) {
  const showMessageBox = vi.fn(async (..._args: unknown[]) => ({
    response: options.response ?? 1,
    checkboxChecked: false,
  }));
  const i18n = createMainI18n(options.language ?? 'fr');
  const created = createDialogs({
    dialog: { showMessageBox } as never,
    i18n,
    parentWindow: () => options.window ?? null,
    appVersion: '1.2.3',
  });
  return { ...created, showMessageBox, i18n };
}

const IOM = { host: 'www.iom.int', href: 'https://www.iom.int/' };

describe('the main process dialogs', () => {
  it('names a look-alike host in its ASCII form and shows the normalised address', async () => {
    const { confirmOpenExternal, showMessageBox } = dialogs({ language: 'en' });
    await confirmOpenExternal({ host: 'xn--om-hmc.int', href: 'https://xn--om-hmc.int/' });
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Open a page of xn--om-hmc.int in your browser?',
        detail: expect.stringMatching(/^https:\/\/xn--om-hmc\.int\/\n/u),
      }),
    );
  });

  it('asks before opening an address, cancelling by default, in the interface language', async () => {
    const { confirmOpenExternal, showMessageBox } = dialogs({ language: 'en' });
    expect(await confirmOpenExternal(IOM)).toBe(false);
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Open a page of www.iom.int in your browser?',
        detail: expect.stringMatching(/^https:\/\/www\.iom\.int\/\n/u),
        buttons: ['Open', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      }),
    );
  });

  it('opens the address only when the person presses the first button', async () => {
    expect(await dialogs({ response: 0 }).confirmOpenExternal(IOM)).toBe(true);
  });

  it('attaches the confirmation to the window when there is one', async () => {
    const window = {} as BaseWindow;
    const { confirmOpenExternal, showMessageBox } = dialogs({ window });
    await confirmOpenExternal(IOM);
    expect(showMessageBox.mock.calls[0]?.[0]).toBe(window);
  });

  it('speaks the language the interface switched to', async () => {
    const { confirmOpenExternal, showMessageBox, i18n } = dialogs({ language: 'fr' });
    await i18n.changeLanguage('en');
    await confirmOpenExternal(IOM);
    expect(showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open in browser' }));
  });

  it("shows the app's version in the About dialog", () => {
    const { showAboutApp, showMessageBox } = dialogs({ language: 'fr' });
    showAboutApp();
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'À propos de Repères', message: 'Repères 1.2.3', buttons: ['Fermer'] }),
    );
  });

  it.each([
    ['load-failed', 'fr', 'error', ['Recharger', 'Quitter'], 'reload', 'quit'],
    ['renderer-gone', 'en', 'error', ['Reload', 'Quit'], 'reload', 'quit'],
    ['unresponsive', 'en', 'warning', ['Reload', 'Wait'], 'reload', 'wait'],
  ] as const)(
    'after %s, asks in the interface language (%s) to reload or not, reloading by default',
    async (trouble, language, type, buttons, first, second) => {
      const answered = dialogs({ language, response: 0 });
      expect(await answered.askAfterWindowTrouble(trouble, 'ERR_X (-6)')).toBe(first);
      expect(answered.showMessageBox).toHaveBeenCalledWith(
        expect.objectContaining({
          type,
          buttons,
          defaultId: 0,
          cancelId: 1,
          detail: expect.stringMatching(/\n\nERR_X \(-6\)$/u),
        }),
      );
      expect(await dialogs({ language, response: 1 }).askAfterWindowTrouble(trouble, '')).toBe(second);
    },
  );
});
