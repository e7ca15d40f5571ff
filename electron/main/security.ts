import type { WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from '@shared/app-scheme';

/**
 * Everything that hardens the app's window, in one place. The checks are pure functions;
 * the functions that act take what they act with as arguments, so tests can see them.
 */

/** The renderer runs sandboxed, isolated, without Node: it reaches main only through the preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * The Content-Security-Policy of the app's pages: its own code and data only, nothing
 * inline, nothing remote. The development server (electron-vite's, never in a packaged
 * app) also needs its inline React Refresh preamble and its WebSocket.
 */
export function contentSecurityPolicy(devServerOrigin: string | null = null): string {
  const self = devServerOrigin ? `'self' ${devServerOrigin}` : "'self'";
  const directives = [
    `default-src ${self}`,
    devServerOrigin ? `script-src ${self} 'unsafe-inline'` : "script-src 'self'",
    `style-src ${self}`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    devServerOrigin ? `connect-src ${self} ${devServerOrigin.replace(/^http/u, 'ws')}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ];
  return directives.join('; ');
}

const parseUrl = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True when the address belongs to the app itself (its scheme, or the dev server). */
export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null && origins.includes(parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin)
  );
}

/** The origins the app's own pages come from. */
export function appOrigins(devServerUrl: string | null): string[] {
  const dev = devServerUrl ? parseUrl(devServerUrl)?.origin : undefined;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/**
 * True for an address the app may hand to the system browser: https only, a real host,
 * no embedded credentials, no control characters or spaces.
 */
export function isSafeExternalUrl(url: string): boolean {
  // oxlint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\s\u0000-\u001F\u007F]/u.test(url)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname.includes('.') &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Requests the renderer may make: its own bundle, and in-memory data. Nothing on the network. */
export function isAllowedRequest(url: string, origins: readonly string[]): boolean {
  if (/^(?:data|blob):/u.test(url)) return true;
  if (/^devtools:/u.test(url)) return true;
  return isAppUrl(url, origins);
}

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage',
  'fullscreen',
]);

/** Web permissions: copying to the clipboard, persistent storage and full screen; nothing else. */
export const isAllowedPermission = (permission: string): boolean => ALLOWED_PERMISSIONS.has(permission);

export interface ExternalLinkDeps {
  /** Asks the person whether to open the address; resolves true when they agree. */
  confirm(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
}

/** Opens an address in the system browser, only if it is safe and the person agrees. */
export async function openExternalAfterConfirmation(
  url: string,
  deps: ExternalLinkDeps,
): Promise<'opened' | 'declined' | 'refused'> {
  if (!isSafeExternalUrl(url)) return 'refused';
  if (!(await deps.confirm(url))) return 'declined';
  await deps.openExternal(url);
  return 'opened';
}

/**
 * Keeps a web contents on the app: navigation away is cancelled, new windows are denied
 * (an https link goes to the system browser after confirmation), webviews are refused.
 */
export function guardWebContents(
  contents: WebContents,
  origins: readonly string[],
  requestExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origins)) {
      event.preventDefault();
      if (isSafeExternalUrl(url)) requestExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) requestExternal(url);
    return { action: 'deny' };
  });
}
