/**
 * Every `webPreferences` flag a window must have, written out here rather than read from the
 * code under test: the hardening test and the main-entry test both compare the whole object
 * with it, so a flag flipped or added anywhere fails both.
 */
export function expectedWebPreferences(preload: unknown, devTools: boolean): Record<string, unknown> {
  return {
    preload,
    devTools,
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
