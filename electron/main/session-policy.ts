import type { Session } from 'electron';
import { contentSecurityPolicy, isAllowedPermission, isAllowedRequest } from './security';

/**
 * What the app's session allows: the permissions of `isAllowedPermission`, and requests to
 * the app's own origins only. With electron-vite's development server (never in a packaged
 * app), its responses also get the app's Content-Security-Policy, relaxed for that server.
 */
export function applySessionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>,
  origins: readonly string[],
  devServerUrl: string | null,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isAllowedPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  // Offline, always: nothing leaves the machine, whatever a page asks for.
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, origins) }),
  );
  if (devServerUrl) {
    const devOrigin = new URL(devServerUrl).origin;
    session.webRequest.onHeadersReceived((details, callback) =>
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [contentSecurityPolicy(devOrigin)],
        },
      }),
    );
  }
}
