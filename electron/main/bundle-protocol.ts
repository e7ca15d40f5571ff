import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '@shared/app-scheme';
import { contentSecurityPolicy } from './security';

/** The scheme's privileges; must be registered before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps an app address to a file inside the renderer bundle, or null when the address is
 * not the app's or would leave the bundle (`..`, encoded separators, NUL).
 */
export function resolveBundlePath(url: string, bundleRoot: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/u, '');
  const resolved = normalize(join(bundleRoot, relative));
  const root = normalize(bundleRoot.endsWith(sep) ? bundleRoot : `${bundleRoot}${sep}`);
  return resolved.startsWith(root) ? resolved : null;
}

/** Answers one request for the app's scheme from the renderer bundle on disk. */
export async function serveBundleRequest(request: Request, bundleRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('method not allowed', { status: 405 });
  }
  const path = resolveBundlePath(request.url, bundleRoot);
  if (path === null) return new Response('not found', { status: 404 });
  let body: Uint8Array;
  try {
    body = await readFile(path);
  } catch {
    return new Response('not found', { status: 404 });
  }
  const headers = new Headers({
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (extname(path) === '.html') headers.set('content-security-policy', contentSecurityPolicy());
  return new Response(request.method === 'HEAD' ? null : new Blob([new Uint8Array(body)]), { status: 200, headers });
}
