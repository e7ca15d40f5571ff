import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundlePath, serveBundleRequest } from '../../../electron/main/bundle-protocol';

const root = mkdtempSync(join(tmpdir(), 'reperes-bundle-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Repères</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(root, '..', 'secret.txt'), 'secret');

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
  ])('refuses %s', (url) => {
    expect(resolveBundlePath(url, root)).toBeNull();
  });

  it('serves the page with its Content-Security-Policy and content type', async () => {
    const response = await serveBundleRequest(new Request('reperes://app/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('Repères');
  });

  it('answers 404 for a missing file or an escape, 405 for a write', async () => {
    expect((await serveBundleRequest(new Request('reperes://app/missing.js'), root)).status).toBe(404);
    expect((await serveBundleRequest(new Request('reperes://app/%2e%2e/secret.txt'), root)).status).toBe(404);
    expect(
      (await serveBundleRequest(new Request('reperes://app/index.html', { method: 'POST', body: 'x' }), root)).status,
    ).toBe(405);
  });
});
