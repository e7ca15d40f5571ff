import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { MenuCommand } from '@shared/ipc/contract';
import { selectEngine, type Engine } from './engine';
import { launchElectron } from './launch-electron';
import { launchHarness } from './launch-harness';

export interface LaunchOptions {
  /** The profile (browser storage and the app's data folder); reuse it to restart on the same data. */
  profileDir: string;
  locale: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  /** The app folder to run (a copy with another dataset under resources/); the project by default. */
  appPath?: string | undefined;
  /** Scripts the test runs in every page before the app's own (observers, not the app's code). */
  initScripts?: string[] | undefined;
}

/** What the person picks in an open dialog (Electron's `OpenDialogReturnValue`). */
export interface OpenDialogAnswer {
  canceled: boolean;
  filePaths: string[];
}

/** What the person picks in a save dialog (Electron's `SaveDialogReturnValue`). */
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath: string;
}

/** The cancelled answers: what a person who closes the dialog gives, and the default. */
export const CANCELLED_OPEN: OpenDialogAnswer = { canceled: true, filePaths: [] };
export const CANCELLED_SAVE: SaveDialogAnswer = { canceled: true, filePath: '' };

/** A dialog the app showed, with what it was asked, whether it had a parent window, and the answer. */
export type DialogRecord = { options: Record<string, unknown>; parented: boolean } & (
  | { kind: 'message'; response: number }
  | { kind: 'open'; answer: OpenDialogAnswer }
  | { kind: 'save'; answer: SaveDialogAnswer }
);

/** A running app, whichever engine runs it; specs use only this. */
export interface AppHandle {
  engine: 'harness' | 'electron';
  page: Page;
  /** `performance.now()` when the launch began, for the start-up benchmark. */
  launchedAt: number;
  /** The main process's `performance` marks of this launch, on the wall clock (ms since the epoch). */
  mainMarks(): Promise<Array<{ name: string; epochMs: number }>>;
  /** Every request the renderer made, in order. */
  requests(): string[];
  /** Errors the renderer logged or threw (a missing translation logs one). */
  consoleErrors(): string[];
  dialogs(): Promise<DialogRecord[]>;
  /** The button the person will press in the next message box. */
  answerNextDialog(response: number): Promise<void>;
  /** What the person will pick in the next open dialog; without it, they cancel. */
  answerNextOpenDialog(answer: OpenDialogAnswer): Promise<void>;
  /** What the person will pick in the next save dialog; without it, they cancel. */
  answerNextSaveDialog(answer: SaveDialogAnswer): Promise<void>;
  openedExternal(): Promise<string[]>;
  /** Folders the app asked the system's file manager to open (`shell.openPath`). */
  openedPaths(): Promise<string[]>;
  /**
   * What the app's session answers to a page asking for each permission, through the
   * handlers main registered (request and check); null where the engine cannot ask them.
   */
  permissionAnswers(
    permissions: readonly string[],
  ): Promise<Record<string, { request: boolean; check: boolean }> | null>;
  /** The window's web preferences as the app passed them; null where the engine cannot read them back. */
  webPreferences(): Promise<Record<string, unknown> | null>;
  menuTemplate(): Promise<unknown>;
  sendMenuCommand(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

let cachedEngine: Engine | null = null;
export const engine = (): Engine => (cachedEngine ??= selectEngine());

export const newProfileDir = (): string => mkdtempSync(join(tmpdir(), 'reperes-e2e-'));

/** The options a launch runs with: the ones given, the defaults for the others. */
export function withDefaults(options: Partial<LaunchOptions> = {}): LaunchOptions {
  return {
    profileDir: options.profileDir ?? newProfileDir(),
    locale: options.locale ?? 'fr-FR',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    appPath: options.appPath,
    initScripts: options.initScripts,
  };
}

/** Starts the app on the selected engine. */
export async function launchApp(options: Partial<LaunchOptions> = {}): Promise<AppHandle> {
  const resolved = withDefaults(options);
  const selected = engine();
  switch (selected.kind) {
    case 'electron':
      return launchElectron(selected.executablePath, resolved);
    case 'harness':
      return launchHarness(selected.chromiumPath, resolved);
    case 'none':
      throw new Error(`no engine to run the app: ${selected.reason}`);
  }
}
