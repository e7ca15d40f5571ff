import { readFile, realpath } from 'node:fs/promises';
import path, { extname } from 'node:path';
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

// Names Windows gives to devices whatever the folder or extension (`NUL`, `com1.txt`).
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/iu;

/** True when `candidate` lies strictly inside `root` by the rules of `paths`. */
export function isInside(root: string, candidate: string, paths: path.PlatformPath = path): boolean {
  const relative = paths.relative(root, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative);
}

/**
 * Maps an app address to a file inside the renderer bundle, or null when the address is
 * not the app's or would leave the bundle (`..`, encoded separators, NUL, and the names
 * Windows reads as drives, streams or devices: `C:`, `::$DATA`, `NUL`). `paths` is the
 * platform's path rules (`path.win32` in the tests of Windows' rules).
 */
export function resolveBundlePath(url: string, bundleRoot: string, paths: path.PlatformPath = path): string | null {
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
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.includes(':')) return null;
  if (pathname.startsWith('//')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => WINDOWS_DEVICE.test(segment) || segment.endsWith('.') || segment.endsWith(' '))) {
    return null;
  }
  const relative = segments.length === 0 ? 'index.html' : segments.join(paths.sep);
  const resolved = paths.normalize(paths.join(bundleRoot, relative));
  return isInside(bundleRoot, resolved, paths) ? resolved : null;
}

/**
 * The file's real location, when it is inside the bundle's real location: a symbolic link
 * inside the bundle that points outside it is refused, as a missing file is.
 */
async function realFileInside(file: string, bundleRoot: string): Promise<string | null> {
  try {
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(bundleRoot)]);
    return isInside(realRoot, realFile) ? realFile : null;
  } catch {
    return null;
  }
}

/** Answers one request for the app's scheme from the renderer bundle on disk. */
export async function serveBundleRequest(request: Request, bundleRoot: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('method not allowed', { status: 405 });
  }
  const resolved = resolveBundlePath(request.url, bundleRoot);
  const file = resolved === null ? null : await realFileInside(resolved, bundleRoot);
  if (file === null) return new Response('not found', { status: 404 });
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch {
    return new Response('not found', { status: 404 });
  }
  const headers = new Headers({
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (extname(file) === '.html') headers.set('content-security-policy', contentSecurityPolicy());
  return new Response(request.method === 'HEAD' ? null : new Blob([new Uint8Array(body)]), { status: 200, headers });
}
