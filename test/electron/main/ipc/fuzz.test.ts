import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, IPC_ERROR_CODES } from '@shared/ipc/contract';
import { ok } from '@shared/result';
import { declareIpcDomains } from '../../../../electron/main/ipc/domains';
import { MAX_ERROR_DETAIL, registerIpcHandlers } from '../../../../electron/main/ipc/registry';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];
const RUNS = 1000;

/** Every channel registered as main registers them, with services that never act for real. */
function registeredListeners() {
  const services = {
    app: {
      appInfo: () => ({ version: '1', locale: 'fr-FR', platform: 'linux' }),
      revealLogFolder: vi.fn(async () => undefined),
    },
    dataset: {
      manifest: async () => ok({ version: '0123456789abcdef', documentCount: 1 }),
      load: async () => ({ ok: false as const, error: 'not in this test' }),
    },
    // The person cancels every file dialog: a payload that passes every check still writes nothing.
    backup: {
      chooseSavePath: vi.fn(async () => null),
      chooseOpenPath: vi.fn(async () => null),
      fileSize: vi.fn(async () => 0),
      readFile: vi.fn(async () => new Uint8Array()),
      writeFileAtomic: vi.fn(async () => undefined),
    },
    // The person always declines: a payload that passes every check still opens nothing.
    externalLinks: { confirm: vi.fn(async () => false), openExternal: vi.fn(async () => undefined) },
    // The open dialog is always cancelled: nothing is read.
    library: {
      chooseDocumentPaths: vi.fn(async () => null),
      fileSize: vi.fn(async () => 0),
      readFile: vi.fn(async () => new Uint8Array()),
    },
    // The save dialog is always cancelled: a payload that passes every check still writes nothing.
    print: {
      chooseSavePath: vi.fn(async () => null),
      printToPdf: vi.fn(async () => new Uint8Array()),
      writeFileAtomic: vi.fn(async () => undefined),
    },
    ui: { setLanguage: vi.fn() },
  };
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  registerIpcHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener as never) },
    declareIpcDomains(services),
    ORIGINS,
  );
  return { listeners, services };
}

/** Payloads a hostile page could send: anything structured-clonable, and objects built to trick. */
const payload = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
  }),
  fc.record({ url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 3000 }), fc.anything()) }, { requiredKeys: [] }),
  fc.record(
    { language: fc.oneof(fc.constantFrom('fr', 'en', 'de', '__proto__'), fc.anything()) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom('json', 'markdown', 'exe'), fc.anything()),
      suggestedName: fc.oneof(
        fc.constantFrom('backup.json', '../../etc/passwd.json', 'C:\\evil.md', 'a\u0000.json'),
        fc.string({ maxLength: 300 }),
      ),
      content: fc.oneof(fc.string({ maxLength: 2000 }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      suggestedName: fc.oneof(
        fc.constantFrom('document.pdf', '../../etc/passwd.pdf', 'C:\\evil.pdf', 'a\u0000.pdf'),
        fc.string({ maxLength: 300 }),
      ),
      header: fc.oneof(fc.constant('<img src=x onerror=alert(1)>'), fc.string({ maxLength: 400 }), fc.anything()),
      footer: fc.oneof(fc.string({ maxLength: 400 }), fc.anything()),
      landscape: fc.oneof(fc.boolean(), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"url":"https://www.iom.int/"}') as unknown),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}},"language":"fr"}') as unknown),
);
const calls = fc.tuple(
  fc.constantFrom(...IPC_CHANNELS),
  fc.array(payload, { maxLength: 3 }),
  fc.oneof(fc.constant(APP), fc.webUrl(), fc.constant(undefined)),
);

describe('every IPC channel under random payloads', () => {
  it(`answers ${RUNS} random calls with a result or a typed, capped error, and never crashes or pollutes`, async () => {
    const { listeners, services } = registeredListeners();
    await fc.assert(
      fc.asyncProperty(calls, async ([channel, args, senderUrl]) => {
        const listener = listeners.get(channel);
        if (!listener) throw new Error(`${channel} is not registered`);
        const result = (await listener(
          { senderFrame: senderUrl === undefined ? null : { url: senderUrl } },
          ...args,
        )) as { ok: true; value: unknown } | { ok: false; error: { code: string; detail: string } };
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(IPC_ERROR_CODES).toContain(result.error.code);
          expect(typeof result.error.detail).toBe('string');
          expect(result.error.detail.length).toBeLessThanOrEqual(MAX_ERROR_DETAIL);
        }
        if (senderUrl !== APP) expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    expect(services.externalLinks.openExternal).not.toHaveBeenCalled();
    expect(services.backup.writeFileAtomic).not.toHaveBeenCalled();
    expect(services.print.printToPdf).not.toHaveBeenCalled();
    expect(services.print.writeFileAtomic).not.toHaveBeenCalled();
  });
});
