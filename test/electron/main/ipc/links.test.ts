import { describe, expect, it, vi } from 'vitest';
import { linkChannels, MAX_URL_LENGTH } from '../../../../electron/main/ipc/links';
import { dispatch } from '../../../../electron/main/ipc/registry';

const APP = 'reperes://app/index.html';
const ORIGINS = ['reperes://app'];

function links(personAgrees = true) {
  const deps = { confirm: vi.fn(async () => personAgrees), openExternal: vi.fn(async () => undefined) };
  const open = (...args: unknown[]) => dispatch('link:openExternal', linkChannels(deps), APP, args, ORIGINS);
  return { deps, open };
}

const longUrl = (length: number): string => {
  const start = 'https://www.iom.int/';
  return start + 'a'.repeat(length - start.length);
};

describe('the links domain', () => {
  it.each([
    ['nothing', []],
    ['an empty address', [{ url: '' }]],
    ['an address one character too long', [{ url: longUrl(MAX_URL_LENGTH + 1) }]],
    ['an address that is not a string', [{ url: ['https://www.iom.int/'] }]],
    ['the address without its object', ['https://www.iom.int/']],
    ['an object with a smuggled option', [{ url: 'https://www.iom.int/', activate: false }]],
    ['an object pretending to be the address', [{ url: { toString: 'https://www.iom.int/' } }]],
    ['an address and a second argument', [{ url: 'https://www.iom.int/' }, { url: 'https://evil.example/' }]],
  ])('answers %s with invalid-argument and asks nothing', async (_name, args) => {
    const { deps, open } = links();
    expect(await open(...args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'http://www.iom.int/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'reperes://app/index.html',
    'https://person:secret@www.iom.int/',
    'https://localhost/',
    'https://www.iom.int/\u0000',
    'https://www.iom.int/ page',
    'not an address',
    'https://\u202Etni.moi/',
    'https://127.0.0.1:8080/admin',
  ])('refuses %j without asking the person', async (url) => {
    const { deps, open } = links();
    expect(await open({ url })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('accepts an https address of the longest allowed length', async () => {
    const { deps, open } = links();
    const url = longUrl(MAX_URL_LENGTH);
    expect(await open({ url })).toEqual({ ok: true, value: { opened: true } });
    expect(deps.openExternal).toHaveBeenCalledWith(url);
  });

  it('opens nothing when the person declines', async () => {
    const { deps, open } = links(false);
    expect(await open({ url: 'https://www.iom.int/' })).toEqual({ ok: true, value: { opened: false } });
    expect(deps.confirm).toHaveBeenCalledWith({ host: 'www.iom.int', href: 'https://www.iom.int/' });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});
