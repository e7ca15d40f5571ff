import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  isInside,
  resolveBundlePath,
  serveBundleRequest,
} from '../../../electron/main/bundle-protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

const root = mkdtempSync(join(tmpdir(), 'reperes-bundle-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Repères</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
const TYPES = {
  'a.css': 'text/css; charset=utf-8',
  'a.json': 'application/json; charset=utf-8',
  'a.svg': 'image/svg+xml',
  'a.png': 'image/png',
  'a.ico': 'image/x-icon',
  'a.woff2': 'font/woff2',
  'a.txt': 'text/plain; charset=utf-8',
  'a.bin': 'application/octet-stream',
};
for (const name of Object.keys(TYPES)) writeFileSync(join(root, 'assets', name), 'x');
writeFileSync(join(root, '..', 'secret.txt'), 'secret');
// A folder beside the bundle whose name starts with the bundle's, and links leading out.
const outside = mkdtempSync(join(tmpdir(), 'reperes-outside-'));
writeFileSync(join(outside, 'secret.txt'), 'secret');
mkdirSync(`${root}-evil`);
writeFileSync(join(`${root}-evil`, 'secret.txt'), 'secret');
symlinkSync(join(outside, 'secret.txt'), join(root, 'linked-secret.txt'));
symlinkSync(outside, join(root, 'linked-folder'), 'dir');
symlinkSync(join(root, 'index.html'), join(root, 'linked-index.html'));

describe('the app scheme', () => {
  it('maps app addresses into the renderer bundle', () => {
    expect(resolveBundlePath('reperes://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveBundlePath('reperes://app/assets/index.js?v=1#x', root)).toBe(join(root, 'assets', 'index.js'));
  });

  it('keeps dot segments inside the bundle (the URL parser removes them first)', () => {
    expect(resolveBundlePath('reperes://app/../secret.txt', root)).toBe(join(root, 'secret.txt'));
    expect(resolveBundlePath('reperes://app/%2e%2e/secret.txt', root)).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'reperes://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'reperes://app/..%5csecret.txt',
    'reperes://app/index.html%00.js',
    'reperes://app/%E0%A4%A',
    'reperes://other/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
    '::not a url::',
    'reperes://app//etc/passwd',
    'reperes://app/%2F%2Fetc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(url, root)).toBeNull();
  });

  it('maps the root with or without its slash to the page', () => {
    expect(resolveBundlePath('reperes://app', root)).toBe(join(root, 'index.html'));
  });

  it("refuses a sibling folder whose name starts with the bundle's", () => {
    expect(isInside(root, join(`${root}-evil`, 'secret.txt'))).toBe(false);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, join(root, '..'))).toBe(false);
    expect(isInside(root, join(root, '..x'))).toBe(true);
    expect(isInside(root, join(root, 'assets', 'index.js'))).toBe(true);
  });

  describe("by Windows' path rules", () => {
    const windowsRoot = 'C:\\Program Files\\Reperes\\resources\\app.asar\\out\\renderer';
    it('maps an address into the bundle, names that only contain a device name too', () => {
      expect(resolveBundlePath('reperes://app/assets/index.js', windowsRoot, win32)).toBe(
        `${windowsRoot}\\assets\\index.js`,
      );
      expect(resolveBundlePath('reperes://app/falcon.js', windowsRoot, win32)).toBe(`${windowsRoot}\\falcon.js`);
      expect(resolveBundlePath('reperes://app/nullish.js', windowsRoot, win32)).toBe(`${windowsRoot}\\nullish.js`);
    });

    it.each([
      'reperes://app/C:/Windows/win.ini',
      'reperes://app/C:%5CWindows%5Cwin.ini',
      'reperes://app//server/share/file.txt',
      'reperes://app/%5C%5Cserver%5Cshare%5Cfile.txt',
      'reperes://app/index.html::$DATA',
      'reperes://app/index.html:secret',
      'reperes://app/NUL',
      'reperes://app/assets/nul.js',
      'reperes://app/CON',
      'reperes://app/com1.txt',
      'reperes://app/LPT9',
      'reperes://app/index.html.',
      'reperes://app/index.html%20',
    ])('refuses %s', (url) => {
      expect(resolveBundlePath(url, windowsRoot, win32)).toBeNull();
    });

    it("refuses a sibling folder whose name starts with the bundle's", () => {
      expect(isInside(windowsRoot, `${windowsRoot}-evil\\x.js`, win32)).toBe(false);
      expect(isInside(windowsRoot, 'D:\\x.js', win32)).toBe(false);
    });
  });

  it('registers its scheme as standard and secure, with fetch and code cache, and nothing more', () => {
    // The harness's origin is standard and secure already, so only this test sees a dropped privilege.
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'reperes',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('refuses a symbolic link that leads out of the bundle, and serves one that stays in', async () => {
    expect((await serveBundleRequest(new Request('reperes://app/linked-secret.txt'), root)).status).toBe(404);
    expect((await serveBundleRequest(new Request('reperes://app/linked-folder/secret.txt'), root)).status).toBe(404);
    const inside = await serveBundleRequest(new Request('reperes://app/linked-index.html'), root);
    expect(inside.status).toBe(200);
    expect(await inside.text()).toContain('Repères');
  });

  it('serves HEAD with the headers and no body', async () => {
    const response = await serveBundleRequest(new Request('reperes://app/assets/index.js', { method: 'HEAD' }), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe('');
  });

  it('serves the page with its Content-Security-Policy and content type', async () => {
    const response = await serveBundleRequest(new Request('reperes://app/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Repères');
  });

  it.each(Object.entries(TYPES))('serves %s as %s', async (name, type) => {
    const response = await serveBundleRequest(new Request(`reperes://app/assets/${name}`), root);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404 for a folder', async () => {
    const response = await serveBundleRequest(new Request('reperes://app/assets'), root);
    expect([response.status, await response.text()]).toEqual([404, 'not found']);
  });

  it('says why it answers 404 and 405', async () => {
    const missing = await serveBundleRequest(new Request('reperes://app/missing.js'), root);
    expect(await missing.text()).toBe('not found');
    const linked = await serveBundleRequest(new Request('reperes://app/linked-secret.txt'), root);
    expect(await linked.text()).toBe('not found');
    const write = await serveBundleRequest(new Request('reperes://app/index.html', { method: 'PUT', body: 'x' }), root);
    expect([write.status, await write.text()]).toEqual([405, 'method not allowed']);
  });

  it('answers 404 for a missing file or an escape, 405 for a write', async () => {
    expect((await serveBundleRequest(new Request('reperes://app/missing.js'), root)).status).toBe(404);
    expect((await serveBundleRequest(new Request('reperes://app/%2e%2e/secret.txt'), root)).status).toBe(404);
    expect(
      (await serveBundleRequest(new Request('reperes://app/index.html', { method: 'POST', body: 'x' }), root)).status,
    ).toBe(405);
  });
});
