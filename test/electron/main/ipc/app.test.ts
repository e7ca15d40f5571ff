import { describe, expect, it, vi } from 'vitest';
import { appChannels } from '../../../../electron/main/ipc/app';
import { dispatch } from '../../../../electron/main/ipc/registry';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];

function app(reveal: () => Promise<void> = async () => undefined) {
  const deps = {
    appInfo: () => ({ version: '1', locale: 'fr-FR', platform: 'linux' }),
    revealLogFolder: vi.fn(reveal),
  };
  const revealLogFolder = (...args: unknown[]) =>
    dispatch('app:revealLogFolder', appChannels(deps), APP, args, ORIGINS);
  return { deps, revealLogFolder };
}

describe('the app domain', () => {
  it('opens the log folder when asked with no argument', async () => {
    const { deps, revealLogFolder } = app();
    expect(await revealLogFolder()).toEqual({ ok: true, value: null });
    expect(deps.revealLogFolder).toHaveBeenCalledOnce();
  });

  it.each([
    ['a folder of its choosing', [{ path: '/etc' }]],
    ['a path string', ['/etc']],
    ['two arguments', [undefined, '/etc']],
  ])('answers %s with invalid-argument and opens nothing', async (_name, args) => {
    const { deps, revealLogFolder } = app();
    expect(await revealLogFolder(...args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(deps.revealLogFolder).not.toHaveBeenCalled();
  });

  it('reports a folder the system cannot open as an internal error', async () => {
    const { revealLogFolder } = app(async () => {
      throw new Error('no file manager');
    });
    expect(await revealLogFolder()).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'app:revealLogFolder failed: no file manager' },
    });
  });
});
