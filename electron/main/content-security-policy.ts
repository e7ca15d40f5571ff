// The app's Content-Security-Policy, in a module that imports nothing: the build config
// reads it too, to write the same policy into the built page.

/** electron-vite's development server (never in a packaged app), and the nonce Vite stamps on its tags. */
export interface DevServer {
  origin: string;
  /** Vite's `html.cspNonce`, handed over by the config through the environment; null if absent. */
  nonce: string | null;
}

/** The development server's WebSocket (hot reload), which the request filter lets through in development. */
export const devSocketOrigin = (origin: string): string => origin.replace(/^http/u, 'ws');

/**
 * The Content-Security-Policy of the app's pages: its own code and data only, nothing
 * inline, nothing remote. In development (never in a packaged app) the server's origin and
 * its hot-reload WebSocket are allowed, and the inline `<script>` and `<style>` tags Vite
 * injects carry a nonce the policy names (`'unsafe-inline'` only if the nonce is missing).
 */
export function contentSecurityPolicy(dev: DevServer | null = null): string {
  const self = dev ? `'self' ${dev.origin}` : "'self'";
  const inline = dev ? (dev.nonce ? ` 'nonce-${dev.nonce}'` : " 'unsafe-inline'") : '';
  const directives = [
    `default-src ${self}`,
    `script-src ${self}${inline}`,
    `style-src ${self}${inline}`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    dev ? `connect-src ${self} ${devSocketOrigin(dev.origin)}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ];
  return directives.join('; ');
}

/**
 * The same policy for a `<meta http-equiv>` in the built page, as a second line of defence
 * (no Electron test proves a custom scheme's response headers are enforced). A meta policy
 * cannot carry `frame-ancestors`, and Chromium logs an error if it tries.
 */
export const metaContentSecurityPolicy = (): string =>
  contentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
