import type { WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from '@shared/app-scheme';

/**
 * Everything that hardens the app's window, in one place. The checks are pure functions;
 * the functions that act take what they act with as arguments, so tests can see them.
 */

/** The renderer runs sandboxed, isolated, without Node: it reaches main only through the preload. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    devTools: options.devTools,
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

export {
  contentSecurityPolicy,
  devSocketOrigin,
  metaContentSecurityPolicy,
  type DevServer,
} from './content-security-policy';

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
    // Scheme and host (with a port that is not the default), which is the origin for the
    // app's standard scheme and the development server alike.
    parsed !== null && origins.includes(`${parsed.protocol}//${parsed.host}`)
  );
}

/** The origins the app's own pages come from. */
export function appOrigins(devServerUrl: string | null): string[] {
  const dev = devServerUrl ? parseUrl(devServerUrl)?.origin : undefined;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** Longest address the app agrees to hand to the system browser, whichever way it arrives. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** An address checked and normalised: what the person is shown and what the system receives. */
export interface ExternalLink {
  /** The host as the system will resolve it, in its ASCII (punycode) form: look-alikes show. */
  host: string;
  /** The whole normalised address; the only string ever handed to the system. */
  href: string;
}

export type ExternalLinkCheck = { ok: true; link: ExternalLink } | { ok: false; reason: string };

// Controls, format characters (bidi overrides, zero-width joiners, BOM) and any white space:
// none belongs in an address, and each can make one read as another.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\s]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/u;
const MAILBOX = /^[^@/?#]+@([^@/?#]+)$/u;

const decoded = (text: string): string | null => {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
};

/** Why a host cannot be offered, or null when it can: a dotted name, not a machine address. */
function hostProblem(hostname: string): string | null {
  if (hostname.startsWith('[') || IPV4.test(hostname)) return 'an IP address instead of a name';
  if (hostname.endsWith('.')) return 'a host ending with a dot';
  if (!hostname.includes('.')) return 'a single-label host';
  // `localhost` alone is a single label, refused above.
  if (hostname.endsWith('.localhost')) return 'this computer';
  return null;
}

/**
 * The one check for every address that would leave the app — the `link:openExternal`
 * channel, a navigation away, a new window: https web pages on a named host and mail
 * addresses, nothing else; no credentials, no IP or local host, no invisible or bidi
 * characters, at most `MAX_EXTERNAL_URL_LENGTH` characters. The result is normalised by
 * the URL parser, so what the person confirms is what the system opens.
 */
export function checkExternalUrl(raw: string): ExternalLinkCheck {
  const refuse = (reason: string): ExternalLinkCheck => ({ ok: false, reason });
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return refuse(`longer than ${MAX_EXTERNAL_URL_LENGTH} characters`);
  if (INVISIBLE_OR_CONTROL.test(raw)) return refuse('control, invisible or direction characters');
  // A backslash is read as a slash in a web address, which hides where the host ends.
  if (raw.includes('\\')) return refuse('a backslash');
  const parsed = parseUrl(raw);
  if (parsed === null) return refuse('not an address');
  // The browser percent-encodes such characters before main sees a navigation or a new window;
  // an encoding that does not decode could hide one.
  const plain = decoded(parsed.href);
  if (plain === null) return refuse('malformed percent-encoding');
  if (INVISIBLE.test(plain)) return refuse('encoded control, invisible or direction characters');
  if (parsed.protocol === 'mailto:') {
    const mailbox = MAILBOX.exec(parsed.pathname);
    if (parsed.search !== '' || parsed.hash !== '' || mailbox === null) return refuse('not a plain mail address');
    const domain = parseUrl(`https://${mailbox[1]}/`)?.hostname;
    const problem = domain === undefined ? 'not a mail domain' : hostProblem(domain);
    return problem === null && domain !== undefined
      ? { ok: true, link: { host: domain, href: parsed.href } }
      : refuse(problem ?? 'not a mail domain');
  }
  if (parsed.protocol !== 'https:') return refuse('neither https nor mailto');
  // `https://@host/` parses with an empty user name; the '@' is refused all the same.
  const authority = raw.slice(raw.indexOf('//') + 2).split(/[/?#]/u)[0] ?? '';
  if (parsed.username !== '' || parsed.password !== '' || authority.includes('@')) return refuse('credentials');
  const problem = hostProblem(parsed.hostname);
  if (problem !== null) return refuse(problem);
  return { ok: true, link: { host: parsed.hostname, href: parsed.href } };
}

/** True for an address the app may hand to the system browser (see `checkExternalUrl`). */
export const isSafeExternalUrl = (url: string): boolean => checkExternalUrl(url).ok;

/**
 * Requests the renderer may make: its own bundle, in-memory data and the developer tools'
 * own pages. Nothing on the network. `origins` are the app's (and in development the
 * server's and its WebSocket's).
 */
export function isAllowedRequest(url: string, origins: readonly string[]): boolean {
  if (/^(?:data|blob|devtools):/u.test(url)) return true;
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
  confirm(link: ExternalLink): Promise<boolean>;
  openExternal(href: string): Promise<void>;
}

/**
 * Opens an address in the system browser, only if it passes `checkExternalUrl` and the
 * person agrees; the system receives the normalised address, never the page's string.
 */
export async function openExternalAfterConfirmation(
  url: string,
  deps: ExternalLinkDeps,
): Promise<'opened' | 'declined' | 'refused'> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) return 'refused';
  if (!(await deps.confirm(checked.link))) return 'declined';
  await deps.openExternal(checked.link.href);
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
