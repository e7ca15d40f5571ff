import { mkdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { AppHandle, LaunchOptions } from './app-handle';
import { recordConsoleErrors } from './console-errors';
import { ElectronStandIn, HARNESS_ORIGIN, toAppUrl, type StandInWindow } from './electron-stand-in';
import { outDir, projectRoot } from './paths';
import { HARNESS_BINDING, preloadInjection } from './preload-injection';

const requireFromHere = createRequire(import.meta.url);
const mainBundle = join(outDir, 'main', 'index.js');

/** Without these, Chromium tries Google's services at start and the closed network refuses them. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
];

/**
 * Runs the built app: the main bundle in this Node process against the electron stand-in,
 * the built preload injected before the renderer, and the built renderer served by the main
 * bundle's own protocol handler, in Debian's Chromium.
 */
export async function launchHarness(chromiumPath: string, options: LaunchOptions): Promise<AppHandle> {
  const profileDir = options.profileDir;
  mkdirSync(join(profileDir, 'appData'), { recursive: true });
  const context = await launchChromium(chromiumPath, options);
  const requests: string[] = [];
  const firstPage = context.pages()[0] ?? (await context.newPage());
  const standIn = new ElectronStandIn({
    context,
    appDataDir: join(profileDir, 'appData'),
    appPath: options.appPath ?? projectRoot,
    locale: options.locale,
    version: (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version,
    darkMode: options.colorScheme === 'dark',
    firstPage,
    injectPreload: async (page, preloadFile) => {
      await page.addInitScript({ content: preloadInjection(readFileSync(preloadFile, 'utf8')) });
    },
  });

  await context.route('**/*', (route) => routeRequest(route, standIn, requests));
  context.on('page', (page) => {
    // A page the app did not open itself is a window.open: the app's handler decides.
    if (page === firstPage || standIn.windows.some((window) => window.page === page)) return;
    const url = page.url();
    if (url !== 'about:blank') consultWindowOpenHandler(standIn, url);
    void page.close();
  });
  await context.exposeBinding(HARNESS_BINDING, async (source, message: HarnessMessage) => {
    const window = standIn.windows.find((candidate) => candidate.page === source.page);
    if (message.kind === 'next-event') {
      if (!window) return new Promise(() => undefined);
      return window.rendererEvents.next();
    }
    const handler = standIn.ipcHandlers.get(message.channel);
    if (!handler) throw new Error(`No handler registered for '${message.channel}'`);
    const event = { senderFrame: { url: toAppUrl(source.frame.url()) }, sender: null };
    return (handler as (...args: unknown[]) => unknown)(event, ...message.args);
  });
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });

  const started = performance.now();
  runMainBundle(standIn);
  const window = await waitForFirstWindow(standIn);
  await window.loaded;
  const page = window.page;
  if (!page) throw new Error('harness: the main window has no page');
  const consoleErrors = recordConsoleErrors(page);

  return {
    engine: 'harness',
    page,
    launchedAt: started,
    // The main bundle runs in this process: its marks are in this process's timeline.
    mainMarks: async () =>
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.startTime >= started)
        .map((mark) => ({ name: mark.name, epochMs: performance.timeOrigin + mark.startTime })),
    requests: () => [...requests],
    consoleErrors,
    dialogs: async () => standIn.dialogs.map((dialog) => ({ ...dialog })),
    answerNextDialog: async (response) => {
      standIn.nextDialogResponse = response;
    },
    answerNextOpenDialog: async (answer) => {
      standIn.nextOpenDialogAnswer = { ...answer, filePaths: [...answer.filePaths] };
    },
    answerNextSaveDialog: async (answer) => {
      standIn.nextSaveDialogAnswer = { ...answer };
    },
    openedExternal: async () => [...standIn.openedExternal],
    openedPaths: async () => [...standIn.openedPaths],
    permissionAnswers: async (permissions) => {
      const { request, check } = standIn.permissionHandlers;
      if (!request || !check) throw new Error('harness: the app registered no permission handler');
      const contents = window.proxy['webContents'];
      const answers: Record<string, { request: boolean; check: boolean }> = {};
      for (const permission of permissions) {
        let granted: boolean | null = null;
        (request as (...args: unknown[]) => void)(
          contents,
          permission,
          (value: boolean) => {
            granted = value;
          },
          {},
        );
        answers[permission] = {
          request: granted === true,
          check: (check as (...args: unknown[]) => unknown)(contents, permission, HARNESS_ORIGIN, {}) === true,
        };
      }
      return answers;
    },
    webPreferences: async () => (window.options['webPreferences'] ?? {}) as Record<string, unknown>,
    menuTemplate: async () => (standIn.applicationMenu as { template: unknown } | null)?.template ?? null,
    sendMenuCommand: async (command) => {
      window.rendererEvents.push({ channel: 'menu:command', args: [command] });
    },
    close: async () => {
      for (const open of standIn.windows) await open.close();
      await context.close();
    },
  };
}

/** Debian's Chromium on the profile's browser storage, as every harness run starts it (the start-up baseline too). */
export async function launchChromium(
  chromiumPath: string,
  options: Pick<LaunchOptions, 'profileDir' | 'locale' | 'colorScheme' | 'viewport'>,
): Promise<BrowserContext> {
  mkdirSync(join(options.profileDir, 'chromium'), { recursive: true });
  return chromium.launchPersistentContext(join(options.profileDir, 'chromium'), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: options.locale,
    colorScheme: options.colorScheme,
    viewport: options.viewport,
    serviceWorkers: 'block',
  });
}

const consulted = new WeakMap<ElectronStandIn, Set<string>>();

/** Asks the app's window-open handler about a popup, once per address; popups never stay open. */
function consultWindowOpenHandler(standIn: ElectronStandIn, url: string): void {
  const seen = consulted.get(standIn) ?? new Set<string>();
  consulted.set(standIn, seen);
  if (seen.has(url)) return;
  seen.add(url);
  const opener = standIn.windows.find((window) => !window.closed);
  opener?.windowOpenHandler?.({ url });
}

type HarnessMessage = { kind: 'next-event' } | { kind: 'invoke'; channel: string; args: unknown[] };

/** Loads the main bundle fresh, with `require('electron')` answered by the stand-in. */
function runMainBundle(standIn: ElectronStandIn): void {
  const electronPath = requireFromHere.resolve('electron');
  const electronModule = new Module(electronPath);
  electronModule.exports = standIn.module;
  electronModule.loaded = true;
  requireFromHere.cache[electronPath] = electronModule;
  delete requireFromHere.cache[mainBundle];
  try {
    requireFromHere(mainBundle);
  } finally {
    delete requireFromHere.cache[electronPath];
  }
  setImmediate(() => standIn.becomeReady());
}

async function waitForFirstWindow(standIn: ElectronStandIn): Promise<StandInWindow> {
  for (let waited = 0; waited < 10_000; waited += 10) {
    const window = standIn.windows[0];
    if (window) return window;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('harness: the app did not open a window within 10 s');
}

/**
 * Every request the page makes comes here. The app's own origin is served by the app's
 * protocol handler; anything else is recorded, shown to the app's request filter, and
 * never reaches the network.
 */
async function routeRequest(route: Route, standIn: ElectronStandIn, requests: string[]): Promise<void> {
  const request = route.request();
  const url = request.url();
  requests.push(url);
  if (url.startsWith(`${HARNESS_ORIGIN}/`)) {
    const handler = standIn.protocolHandlers.get('reperes');
    if (!handler) return route.fulfill({ status: 503, body: 'app scheme not registered' });
    const response = await handler(new Request(toAppUrl(url), { method: request.method() }));
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  }
  let page: Page | null = null;
  try {
    page = request.frame().page();
  } catch {
    // A popup's first navigation can come before its frame exists.
    page = null;
  }
  const window = standIn.windows.find((candidate) => candidate.page === page);
  if (request.isNavigationRequest() && !window) {
    consultWindowOpenHandler(standIn, url);
    return route.abort('blockedbyclient');
  }
  if (request.isNavigationRequest() && window) {
    let prevented = false;
    window.contentsEvents.emit(
      'will-navigate',
      {
        preventDefault: () => {
          prevented = true;
        },
      },
      url,
    );
    // 'aborted' is how a cancelled navigation ends: the page stays, no error page.
    if (prevented) return route.abort('aborted');
  }
  let cancel = true;
  for (const listener of standIn.beforeRequestListeners) {
    listener({ url }, (response) => {
      cancel = response.cancel ?? false;
    });
  }
  // Offline, always: even a request the app would let through has nowhere to go here.
  return route.abort(cancel ? 'blockedbyclient' : 'internetdisconnected');
}
