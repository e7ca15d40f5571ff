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

describe('the main process dialogs', () => {
  it('asks before opening an address, cancelling by default, in the interface language', async () => {
    const { confirmOpenExternal, showMessageBox } = dialogs({ language: 'en' });
    expect(await confirmOpenExternal('https://www.iom.int/')).toBe(false);
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Open this address in your browser?',
        detail: expect.stringMatching(/^https:\/\/www\.iom\.int\/\n/u),
        buttons: ['Open', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      }),
    );
  });

  it('opens the address only when the person presses the first button', async () => {
    expect(await dialogs({ response: 0 }).confirmOpenExternal('https://www.iom.int/')).toBe(true);
  });

  it('attaches the confirmation to the window when there is one', async () => {
    const window = {} as BaseWindow;
    const { confirmOpenExternal, showMessageBox } = dialogs({ window });
    await confirmOpenExternal('https://www.iom.int/');
    expect(showMessageBox.mock.calls[0]?.[0]).toBe(window);
  });

  it('speaks the language the interface switched to', async () => {
    const { confirmOpenExternal, showMessageBox, i18n } = dialogs({ language: 'fr' });
    await i18n.changeLanguage('en');
    await confirmOpenExternal('https://www.iom.int/');
    expect(showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open in browser' }));
  });

  it("shows the app's version in the About dialog", () => {
    const { showAboutApp, showMessageBox } = dialogs({ language: 'fr' });
    showAboutApp();
    expect(showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'À propos de Repères', message: 'Repères 1.2.3', buttons: ['Fermer'] }),
    );
  });
});
