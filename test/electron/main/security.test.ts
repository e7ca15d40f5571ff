import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  contentSecurityPolicy,
  guardWebContents,
  isAllowedPermission,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  openExternalAfterConfirmation,
  secureWebPreferences,
} from '../../../electron/main/security';

const ORIGINS = ['reperes://app'];

describe('window hardening', () => {
  it('runs the renderer sandboxed, isolated, without Node, with the preload', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it("allows only the app's own scripts, no inline code, nothing remote", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/u);
  });

  it('relaxes the policy only for the development server it names', () => {
    expect(contentSecurityPolicy('http://localhost:5173')).toContain(
      "script-src 'self' http://localhost:5173 'unsafe-inline'",
    );
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
    ['https://www.iom.int/fr/processus', true],
    ['http://publications.iom.int/bookstore/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['mailto:fkim@iom.int', false],
    ['https://user:secret@iom.int/', false],
    ['https://localhost/', false],
    ['https://iom.int/\u0000x', false],
    ['https://iom.int/ path', false],
    ['https://', false],
  ])('isSafeExternalUrl(%s) is %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });

  it('lets the renderer load only its own bundle and in-memory data', () => {
    expect(isAllowedRequest('reperes://app/assets/index.js', ORIGINS)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', ORIGINS)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', ORIGINS)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', ORIGINS)).toBe(false);
  });

  it('grants clipboard writes and persistent storage, nothing else', () => {
    expect(['clipboard-sanitized-write', 'persistent-storage'].every(isAllowedPermission)).toBe(true);
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

  it('does nothing when the person declines', async () => {
    const deps = { confirm: vi.fn(async () => false), openExternal: vi.fn(async () => undefined) };
    expect(await openExternalAfterConfirmation('https://www.iom.int/', deps)).toBe('declined');
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('refuses anything but https without even asking', async () => {
    const deps = { confirm: vi.fn(async () => true), openExternal: vi.fn(async () => undefined) };
    for (const url of ['http://iom.int/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) {
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
