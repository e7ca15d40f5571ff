import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../electron/main/ipc/registry';
import { uiChannels } from '../../../../electron/main/ipc/ui';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];

function ui() {
  const deps = { setLanguage: vi.fn() };
  const setLanguage = (...args: unknown[]) => dispatch('ui:setLanguage', uiChannels(deps), APP, args, ORIGINS);
  return { deps, setLanguage };
}

describe('the ui domain', () => {
  it.each([
    ['nothing', []],
    ['the language without its object', ['en']],
    ['a language the app does not have', [{ language: 'de' }]],
    ['a language in capitals', [{ language: 'EN' }]],
    ['a locale instead of a language', [{ language: 'en-GB' }]],
    ['an extra property', [{ language: 'en', menu: 'none' }]],
  ])('answers %s with invalid-argument and changes nothing', async (_name, args) => {
    const { deps, setLanguage } = ui();
    expect(await setLanguage(...args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(deps.setLanguage).not.toHaveBeenCalled();
  });

  it('switches the main process to the language it is told', async () => {
    const { deps, setLanguage } = ui();
    expect(await setLanguage({ language: 'en' })).toEqual({ ok: true, value: null });
    expect(deps.setLanguage).toHaveBeenCalledWith('en');
  });
});
