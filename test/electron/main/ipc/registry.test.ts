import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import { err, ok } from '@shared/result';
import { declareIpcDomains } from '../../../../electron/main/ipc/domains';
import {
  channelDeclarations,
  dispatch,
  MAX_ERROR_DETAIL,
  registerIpcHandlers,
} from '../../../../electron/main/ipc/registry';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];

/** The real domains, with stand-in services. */
const domains = () =>
  declareIpcDomains({
    app: {
      appInfo: () => ({ version: '1', locale: 'fr-FR', platform: 'linux' }),
      revealLogFolder: async () => undefined,
    },
    backup: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      fileSize: async () => 0,
      readFile: async () => new Uint8Array(),
      writeFileAtomic: async () => undefined,
    },
    dataset: { manifest: async () => ok({ version: 'v', documentCount: 5 }), load: async () => err('x') },
    externalLinks: { confirm: async () => true, openExternal: async () => undefined },
    library: { chooseDocumentPaths: async () => null, fileSize: async () => 0, readFile: async () => new Uint8Array() },
    print: {
      chooseSavePath: async () => null,
      printToPdf: async () => new Uint8Array(),
      writeFileAtomic: async () => undefined,
    },
    ui: { setLanguage: () => undefined },
  });

/** The real declarations, every handler watched. */
function declarations() {
  const all = channelDeclarations(domains());
  for (const channel of IPC_CHANNELS) vi.spyOn(all[channel], 'handle');
  return all;
}

describe('IPC dispatch', () => {
  it('passes a valid call to its handler', async () => {
    const all = declarations();
    expect(await dispatch('link:openExternal', all, APP, [{ url: 'https://www.iom.int/' }], ORIGINS)).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(all['link:openExternal'].handle).toHaveBeenCalledWith({ url: 'https://www.iom.int/' });
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
    const all = declarations();
    const result = await dispatch(channel, all, APP, args, ORIGINS);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(result.ok ? '' : result.error.detail).toContain(channel);
    expect(all[channel].handle).not.toHaveBeenCalled();
  });

  it.each([undefined, 'https://evil.example/', 'file:///tmp/page.html', 'reperes://other/'])(
    'refuses a call from %s',
    async (sender) => {
      const all = declarations();
      expect(await dispatch('app:info', all, sender, [], ORIGINS)).toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
      expect(all['app:info'].handle).not.toHaveBeenCalled();
    },
  );

  it('turns a handler that throws into an internal error', async () => {
    const all = declarations();
    vi.mocked(all['app:info'].handle).mockRejectedValue(new Error('boom'));
    expect(await dispatch('app:info', all, APP, [], ORIGINS)).toEqual({
      ok: false,
      error: { code: 'internal', detail: 'app:info failed: boom' },
    });
  });

  it('caps the detail of an error, however long the message it comes from', async () => {
    const all = declarations();
    vi.mocked(all['app:info'].handle).mockRejectedValue(new Error('x'.repeat(100_000)));
    const result = await dispatch('app:info', all, APP, [], ORIGINS);
    expect(result.ok ? 0 : result.error.detail.length).toBe(MAX_ERROR_DETAIL);
    const invalid = await dispatch('ui:setLanguage', all, APP, [{ language: 'x'.repeat(100_000) }], ORIGINS);
    expect(invalid.ok ? 0 : invalid.error.detail.length).toBeLessThanOrEqual(MAX_ERROR_DETAIL);
  });

  it('names the wrong shape it received and where the argument failed', async () => {
    const all = declarations();
    expect(await dispatch('ui:setLanguage', all, APP, [{ language: 'de' }], ORIGINS)).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        detail: expect.stringMatching(/^ui:setLanguage received an object of the wrong shape: language: /u),
      },
    });
    for (const [value, described] of [
      [null, 'null'],
      [[1], 'an array'],
      [7, 'a number'],
      ['fr', 'a string'],
    ] as const) {
      const result = await dispatch('ui:setLanguage', all, APP, [value], ORIGINS);
      expect(result.ok ? '' : result.error.detail).toMatch(
        new RegExp(`^ui:setLanguage received ${described}: argument: `, 'u'),
      );
    }
    expect(await dispatch('app:info', all, APP, [1, 2, 3], ORIGINS)).toEqual({
      ok: false,
      error: { code: 'invalid-argument', detail: 'app:info takes at most one argument, got 3' },
    });
    expect(await dispatch('app:info', all, 'https://evil.example/', [], ORIGINS)).toEqual({
      ok: false,
      error: { code: 'untrusted-sender', detail: "app:info called from a page that is not the app's" },
    });
  });

  it('names the path of a nested field and every problem, separated', async () => {
    const nested = {
      'ui:setLanguage': {
        argument: z.strictObject({ outer: z.strictObject({ inner: z.string() }), other: z.number() }),
        handle: vi.fn(),
      },
    } as unknown as Parameters<typeof dispatch<'ui:setLanguage'>>[1];
    const result = await dispatch('ui:setLanguage', nested, APP, [{ outer: { inner: 1 }, other: 'x' }], ORIGINS);
    expect(result.ok ? '' : result.error.detail).toMatch(/: outer\.inner: .+; other: /u);
  });

  it("registers exactly the contract's channels", () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, domains(), ORIGINS);
    expect(handle.mock.calls.map(([channel]) => channel)).toEqual([...IPC_CHANNELS]);
  });

  it('validates the sender and the argument through the registered listener', async () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, domains(), ORIGINS);
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
