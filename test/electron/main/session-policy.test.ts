import { describe, expect, it, vi } from 'vitest';
import { applySessionPolicy } from '../../../electron/main/session-policy';

type Listener = (...args: never[]) => void;

function session(dev: { origin: string; nonce: string | null } | null = null) {
  const listeners: Record<string, Listener> = {};
  const record = (name: string) =>
    vi.fn((listener: Listener) => {
      listeners[name] = listener;
    });
  const fake = {
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    webRequest: { onBeforeRequest: record('beforeRequest'), onHeadersReceived: record('headersReceived') },
  };
  applySessionPolicy(fake as never, dev ? ['reperes://app', dev.origin] : ['reperes://app'], dev);
  const call = <T>(name: string, ...args: unknown[]): T =>
    (listeners[name] as unknown as (...values: unknown[]) => T)(...args);
  return { fake, listeners, call };
}

describe('the session policy', () => {
  it.each([
    ['persistent-storage', true],
    ['clipboard-sanitized-write', true],
    ['fullscreen', true],
    ['geolocation', false],
    ['media', false],
    ['notifications', false],
    ['midi', false],
    ['midiSysex', false],
    ['hid', false],
    ['serial', false],
    ['usb', false],
    ['clipboard-read', false],
    ['openExternal', false],
    ['pointerLock', false],
    ['display-capture', false],
  ])('answers a request for %s with %s', (permission, allowed) => {
    const { call } = session();
    const callback = vi.fn();
    call('permissionRequest', {}, permission, callback);
    expect(callback).toHaveBeenCalledWith(allowed);
    expect(call('permissionCheck', {}, permission)).toBe(allowed);
  });

  it.each([
    ['https://www.iom.int/', true],
    ['http://localhost:5173/', true],
    ['ws://localhost:5173/', true],
    ['reperes://app/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
  ])('cancels a request to %s: %s', (url, cancelled) => {
    const { call } = session();
    const callback = vi.fn();
    call('beforeRequest', { url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
  });

  it('leaves response headers alone without a development server', () => {
    expect(session().fake.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });

  it("gives the development server's responses the policy relaxed for it alone, with Vite's nonce", () => {
    const { call } = session({ origin: 'http://localhost:5173', nonce: 'n0nce' });
    const callback = vi.fn();
    call('headersReceived', { responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders;
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy'][0]).toContain("style-src 'self' http://localhost:5173 'nonce-n0nce'");
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self' http://localhost:5173 'nonce-n0nce'");
  });

  it.each([
    ['ws://localhost:5173/', false],
    ['http://localhost:5173/src/main.tsx', false],
    ['ws://localhost:5174/', true],
    ['ws://evil.example/', true],
    ['https://www.iom.int/', true],
  ])("in development, lets the server's hot-reload socket through: %s cancelled %s", (url, cancelled) => {
    const { call } = session({ origin: 'http://localhost:5173', nonce: 'n' });
    const callback = vi.fn();
    call('beforeRequest', { url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
  });
});
