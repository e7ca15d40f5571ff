import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createMainI18n } from '../../../electron/main/i18n';
import { buildMenuTemplate } from '../../../electron/main/menu';

const labels = (items: MenuItemConstructorOptions[]): string[] => items.map((item) => item.label ?? '');

function menu(language: 'fr' | 'en', platform = 'linux', isPackaged = true) {
  const t = createMainI18n(language).getFixedT(language, 'main');
  const actions = { send: vi.fn(), showAboutApp: vi.fn(), quit: vi.fn() };
  return { template: buildMenuTemplate({ t, language, platform, isPackaged }, actions), actions };
}

describe('native menu', () => {
  it('is in French', () => {
    expect(labels(menu('fr').template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aller', 'Langue', 'Aide']);
  });

  it('is in English', () => {
    expect(labels(menu('en').template)).toEqual(['File', 'Edit', 'View', 'Go', 'Language', 'Help']);
  });

  it('sends its commands to the renderer', () => {
    const { template, actions } = menu('en');
    const go = template.find((item) => item.label === 'Go')?.submenu as MenuItemConstructorOptions[];
    const click = (label: string): void =>
      (go.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('Back');
    click('About IOM');
    expect(actions.send.mock.calls).toEqual([['go-back'], ['go-about']]);
  });

  it('checks the current language', () => {
    const language = menu('en').template.find((item) => item.label === 'Language')
      ?.submenu as MenuItemConstructorOptions[];
    expect(language.map((item) => [item.label, item.checked])).toEqual([
      ['Français', false],
      ['English', true],
    ]);
  });

  it('offers developer tools only in development', () => {
    const view = (isPackaged: boolean) =>
      labels(
        menu('en', 'linux', isPackaged).template.find((item) => item.label === 'View')
          ?.submenu as MenuItemConstructorOptions[],
      );
    expect(view(true)).not.toContain('Developer Tools');
    expect(view(false)).toContain('Developer Tools');
  });
});
