import { EventEmitter } from 'node:events';
import { expectedWebPreferences } from './expected-web-preferences';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  appOrigins,
  checkExternalUrl,
  contentSecurityPolicy,
  guardWebContents,
  MAX_EXTERNAL_URL_LENGTH,
  isAllowedPermission,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  metaContentSecurityPolicy,
  openExternalAfterConfirmation,
  secureWebPreferences,
} from '../../../electron/main/security';

const ORIGINS = ['reperes://app'];

describe('window hardening', () => {
  it('runs the renderer sandboxed, isolated, without Node, with the preload: every preference, exactly', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs', { devTools: false })).toEqual(
      expectedWebPreferences('/app/out/preload/index.cjs', false),
    );
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it("allows only the app's own scripts, no inline code, nothing remote", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "frame-src 'none'",
        "worker-src 'self'",
      ].join('; '),
    );
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/u);
  });

  it("lets the development server's nonce-stamped inline tags and its hot-reload socket through, nothing else", () => {
    const policy = contentSecurityPolicy({ origin: 'http://localhost:5173', nonce: 'abc123' });
    expect(policy).toContain("script-src 'self' http://localhost:5173 'nonce-abc123';");
    expect(policy).toContain("style-src 'self' http://localhost:5173 'nonce-abc123';");
    expect(policy).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('falls back to inline tags in development only when the nonce is missing', () => {
    expect(contentSecurityPolicy({ origin: 'http://localhost:5173', nonce: null })).toContain(
      "style-src 'self' http://localhost:5173 'unsafe-inline'",
    );
  });

  it('gives the built page the same policy as a meta element, without what a meta cannot carry', () => {
    expect(metaContentSecurityPolicy()).toBe(contentSecurityPolicy().replace("frame-ancestors 'none'; ", ''));
  });
});

describe('address checks', () => {
  it.each([
    ['reperes://app/index.html', true],
    ['reperes://app/#/read/x', true],
    ['reperes://other/index.html', false],
    ['https://app/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url, ORIGINS)).toBe(expected);
  });

  it.each([
    // What may leave: https pages on a named host, plain mail addresses; normalised.
    ['https://www.iom.int/fr/processus', 'www.iom.int', 'https://www.iom.int/fr/processus'],
    ['HTTPS://WWW.IOM.INT/a/../b?q=1#top', 'www.iom.int', 'https://www.iom.int/b?q=1#top'],
    ['https://iom.int:8443/x', 'iom.int', 'https://iom.int:8443/x'],
    ['https://www.iom.int/a b', null, null],
    ['https://www.iom.int/a%20b?q=%C3%A9', 'www.iom.int', 'https://www.iom.int/a%20b?q=%C3%A9'],
    // A look-alike host (Cyrillic і) is shown and opened in its punycode form.
    ['https://\u0456om.int/', 'xn--om-goc.int', 'https://xn--om-goc.int/'],
    ['mailto:fkim@iom.int', 'iom.int', 'mailto:fkim@iom.int'],
  ])('accepts %s, on host %s, as %s', (url, host, href) => {
    const checked = checkExternalUrl(url);
    expect(checked).toEqual(
      host === null ? { ok: false, reason: expect.any(String) } : { ok: true, link: { host, href } },
    );
  });

  it.each([
    ['http://publications.iom.int/bookstore/', 'neither https nor mailto'],
    ['javascript:alert(1)', 'neither https nor mailto'],
    ['file:///etc/passwd', 'neither https nor mailto'],
    ['smb://host/share', 'neither https nor mailto'],
    ['data:text/html,x', 'neither https nor mailto'],
    ['not a url', 'control, invisible or direction characters'],
    ['https://', 'not an address'],
    ['https://user:secret@iom.int/', 'credentials'],
    ['https://user@iom.int/', 'credentials'],
    ['https://:secret@iom.int/', 'credentials'],
    ['https://@iom.int/', 'credentials'],
    ['https:user@iom.int//x', 'credentials'],
    ['https::secret@iom.int//x', 'credentials'],
    ['https://10.20.30.40/', 'an IP address instead of a name'],
    ['mailto:someone@[', 'not a mail domain'],
    ['https://localhost/', 'a single-label host'],
    ['https://localhost./', 'a host ending with a dot'],
    ['https://iom.int./', 'a host ending with a dot'],
    ['https://app.localhost/', 'this computer'],
    ['https://intranet/', 'a single-label host'],
    ['https://127.0.0.1:8080/admin', 'an IP address instead of a name'],
    ['https://0x7f.1/', 'an IP address instead of a name'],
    ['https://2130706433/', 'an IP address instead of a name'],
    ['https://[::1]/', 'an IP address instead of a name'],
    ['https://iom.int/\u202Efdp.exe', 'control, invisible or direction characters'],
    ['https://\u202Etni.moi/', 'control, invisible or direction characters'],
    ['https://io\u200Bm.int/', 'control, invisible or direction characters'],
    ['https://iom.int/\u0000x', 'control, invisible or direction characters'],
    ['https://iom.int/\u2028x', 'control, invisible or direction characters'],
    ['https://iom.int/%E2%80%AEfdp.exe', 'encoded control, invisible or direction characters'],
    ['https://iom.int/?q=%00', 'encoded control, invisible or direction characters'],
    ['https://iom.int/%E2%80%AE%E0', 'malformed percent-encoding'],
    ['https://iom.int/%E0%A4%A', 'malformed percent-encoding'],
    ['https://iom.int/ path', 'control, invisible or direction characters'],
    ['https:\\\\iom.int\\x', 'a backslash'],
    ['https://evil.example\\@iom.int/', 'a backslash'],
    [`https://iom.int/${'a'.repeat(2048)}`, 'longer than 2048 characters'],
    [`https://iom.int/${'a'.repeat(1_000_000)}`, 'longer than 2048 characters'],
    ['mailto:fkim@iom.int?attach=/etc/passwd', 'not a plain mail address'],
    ['mailto:fkim@iom.int#x', 'not a plain mail address'],
    ['mailto:a@b@iom.int', 'not a plain mail address'],
    ['mailto:someone', 'not a plain mail address'],
    ['mailto:root@localhost', 'a single-label host'],
    ['mailto:root@127.0.0.1', 'an IP address instead of a name'],
  ])('refuses %s: %s', (url, reason) => {
    expect(checkExternalUrl(url)).toEqual({ ok: false, reason });
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('takes an address of exactly the length cap', () => {
    const path = 'a'.repeat(MAX_EXTERNAL_URL_LENGTH - 'https://iom.int/'.length);
    expect(checkExternalUrl(`https://iom.int/${path}`).ok).toBe(true);
  });

  it.each([
    [null, ['reperes://app']],
    ['http://localhost:5173/index.html', ['reperes://app', 'http://localhost:5173']],
    ['not a url', ['reperes://app']],
  ])('names the origins of the app with development server %s', (devServerUrl, origins) => {
    expect(appOrigins(devServerUrl)).toEqual(origins);
  });

  it('lets the renderer load only its own bundle and in-memory data', () => {
    expect(isAllowedRequest('reperes://app/assets/index.js', ORIGINS)).toBe(true);
    expect(isAllowedRequest('reperes://app', ORIGINS)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', ORIGINS)).toBe(true);
    expect(isAllowedRequest('blob:reperes://app/0f1e', ORIGINS)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', ORIGINS)).toBe(true);
    expect(isAllowedRequest('https://evil.example/?u=data:x', ORIGINS)).toBe(false);
    expect(isAllowedRequest('https://evil.example/?u=blob:x', ORIGINS)).toBe(false);
    expect(isAllowedRequest('https://evil.example/devtools:x', ORIGINS)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', ORIGINS)).toBe(false);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', ORIGINS)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', ORIGINS)).toBe(false);
  });

  it('grants clipboard writes, persistent storage and full screen, nothing else', () => {
    expect(['clipboard-sanitized-write', 'persistent-storage', 'fullscreen'].every(isAllowedPermission)).toBe(true);
    expect(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'].some(isAllowedPermission)).toBe(
      false,
    );
  });
});

describe('openExternalAfterConfirmation', () => {
  it('opens an https address once the person agrees', async () => {
    const deps = { confirm: vi.fn(async () => true), openExternal: vi.fn(async () => undefined) };
    expect(await openExternalAfterConfirmation('https://www.iom.int/', deps)).toBe('opened');
    expect(deps.openExternal).toHaveBeenCalledWith('https://www.iom.int/');
  });

  it('asks about, and hands the system, the normalised address, never the raw string', async () => {
    const deps = { confirm: vi.fn(async () => true), openExternal: vi.fn(async () => undefined) };
    expect(await openExternalAfterConfirmation('HTTPS://\u0456OM.int/a/../b', deps)).toBe('opened');
    expect(deps.confirm).toHaveBeenCalledWith({ host: 'xn--om-goc.int', href: 'https://xn--om-goc.int/b' });
    expect(deps.openExternal).toHaveBeenCalledWith('https://xn--om-goc.int/b');
  });

  it('does nothing when the person declines', async () => {
    const deps = { confirm: vi.fn(async () => false), openExternal: vi.fn(async () => undefined) };
    expect(await openExternalAfterConfirmation('https://www.iom.int/', deps)).toBe('declined');
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('refuses anything but https without even asking', async () => {
    const deps = { confirm: vi.fn(async () => true), openExternal: vi.fn(async () => undefined) };
    for (const url of [
      'http://iom.int/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://iom.int/\u202Etxt.exe',
      'https://127.0.0.1:8080/admin',
      `https://iom.int/${'a'.repeat(1_000_000)}`,
    ]) {
      expect(await openExternalAfterConfirmation(url, deps)).toBe('refused');
    }
    expect(deps.confirm).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const events = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => events.on(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
    } as unknown as WebContents;
    const navigate = (event: string, url: string): boolean => {
      let prevented = false;
      events.emit(
        event,
        {
          preventDefault: () => {
            prevented = true;
          },
        },
        url,
      );
      return prevented;
    };
    return { contents, navigate, open: (url: string) => openHandler?.({ url }) };
  }

  it('cancels navigation away from the app, and offers https addresses to the browser', () => {
    const { contents, navigate } = fakeContents();
    const requestExternal = vi.fn();
    guardWebContents(contents, ORIGINS, requestExternal);
    expect(navigate('will-navigate', 'reperes://app/index.html#/about')).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'reperes://app/index.html')).toBe(false);
    expect(navigate('will-navigate', 'https://127.0.0.1/')).toBe(true);
    expect(requestExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('denies every new window; an https one goes to the browser after confirmation', () => {
    const { contents, open } = fakeContents();
    const requestExternal = vi.fn();
    guardWebContents(contents, ORIGINS, requestExternal);
    expect(open('https://www.iom.int/')).toEqual({ action: 'deny' });
    expect(open('reperes://app/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(requestExternal.mock.calls).toEqual([['https://www.iom.int/']]);
  });

  it('refuses to attach webviews', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, ORIGINS, vi.fn());
    expect(navigate('will-attach-webview', '')).toBe(true);
  });
});
