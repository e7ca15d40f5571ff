import type { Session } from 'electron';
import {
  contentSecurityPolicy,
  devSocketOrigin,
  isAllowedPermission,
  isAllowedRequest,
  type DevServer,
} from './security';

/**
 * What the app's session allows: the permissions of `isAllowedPermission`, and requests to
 * the app's own origins only. With electron-vite's development server (never in a packaged
 * app), its hot-reload WebSocket may connect too, and its responses get the app's
 * Content-Security-Policy, relaxed for that server and its nonce.
 */
export function applySessionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
  origins: readonly string[],
  dev: DevServer | null,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isAllowedPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  const requestOrigins = dev ? [...origins, devSocketOrigin(dev.origin)] : origins;
  // Offline, always: nothing leaves the machine, whatever a page asks for.
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, requestOrigins) }),
  );
  if (dev) {
    session.webRequest.onHeadersReceived((details, callback) =>
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [contentSecurityPolicy(dev)],
        },
      }),
    );
  }
}
