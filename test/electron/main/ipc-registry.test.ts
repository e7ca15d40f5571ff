import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { dispatch, registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc-registry';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];

function handlers(): IpcHandlers {
  return {
    'app:info': vi.fn(async () => ({ ok: true as const, value: { version: '1', locale: 'fr-FR', platform: 'linux' } })),
    'dataset:manifest': vi.fn(async () => ({ ok: true as const, value: { version: 'v', documentCount: 5 } })),
    'dataset:load': vi.fn(async () => ({
      ok: false as const,
      error: { code: 'dataset-unavailable' as const, detail: 'x' },
    })),
    'link:openExternal': vi.fn(async () => ({ ok: true as const, value: { opened: true } })),
    'ui:setLanguage': vi.fn(async () => ({ ok: true as const, value: null })),
  };
}

describe('IPC dispatch', () => {
  it('passes a valid call to its handler', async () => {
    const all = handlers();
    expect(await dispatch('link:openExternal', all, APP, [{ url: 'https://www.iom.int/' }], ORIGINS)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(all['link:openExternal']).toHaveBeenCalledWith({ url: 'https://www.iom.int/' });
  });

  it.each([
    ['a string instead of an object', 'link:openExternal', ['https://iom.int']],
    ['an object without url', 'link:openExternal', [{}]],
    ['a url that is not a string', 'link:openExternal', [{ url: 42 }]],
    ['an extra property', 'link:openExternal', [{ url: 'https://iom.int', shell: true }]],
    ['an enormous url', 'link:openExternal', [{ url: `https://iom.int/${'a'.repeat(5000)}` }]],
    ['null', 'link:openExternal', [null]],
    ['an array', 'ui:setLanguage', [['fr']]],
    ['an unknown language', 'ui:setLanguage', [{ language: 'de' }]],
    ['a prototype-polluting object', 'ui:setLanguage', [JSON.parse('{"language":"fr","__proto__":{"admin":true}}')]],
    ['an argument where none is expected', 'dataset:load', [{ everything: true }]],
    ['two arguments', 'app:info', [undefined, 'extra']],
  ] as const)('answers %s with a typed error, never calling the handler', async (_name, channel, args) => {
    const all = handlers();
    const result = await dispatch(channel, all, APP, args, ORIGINS);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(result.ok ? '' : result.error.detail).toContain(channel);
    expect(all[channel]).not.toHaveBeenCalled();
  });

  it.each([undefined, 'https://evil.example/', 'file:///tmp/page.html', 'reperes://other/'])(
    'refuses a call from %s',
    async (sender) => {
      const all = handlers();
      expect(await dispatch('app:info', all, sender, [], ORIGINS)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
      expect(all['app:info']).not.toHaveBeenCalled();
    },
  );

  it('turns a handler that throws into an internal error', async () => {
    const all = {
      ...handlers(),
      'app:info': async () => {
        throw new Error('boom');
      },
    };
    expect(await dispatch('app:info', all, APP, [], ORIGINS)).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'app:info failed: boom' },
    });
  });

  it("registers exactly the contract's channels", () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, handlers(), ORIGINS);
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS]);
  });

  it('validates the sender and the argument through the registered listener', async () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, handlers(), ORIGINS);
    const listener = handle.mock.calls.find(([channel]) => channel === 'ui:setLanguage')?.[1];
    expect(await listener({ senderFrame: { url: APP } }, { language: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await listener({ senderFrame: null }, { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await listener({ senderFrame: { url: APP } }, { language: 'fr' })).toEqual({ ok: true, value: null });
  });
});
