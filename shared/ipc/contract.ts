import type { BackupOpenOutcome } from '../backup/file';
import type { Dataset } from '../dataset/schema';
import type { Language } from '../document/vocabulary';
import type { Result } from '../result';

declare const phantom: unique symbol;

/**
 * A channel's argument and result types, carried by the type only: at run time the marker
 * is an empty object, so the contract costs the preload nothing but the channels' names.
 */
export interface ChannelTypes<Arg, Value> {
  readonly [phantom]?: { arg: Arg; value: Value };
}

const channelTypes = <Arg, Value>(): ChannelTypes<Arg, Value> => ({});

/**
 * The one contract between the renderer and the main process: each channel (`domain:verb`)
 * with the argument the renderer sends and the value it gets back. The main process
 * declares one handler per channel, grouped by domain (`electron/main/ipc/`), and validates
 * every argument as `unknown`; the preload exposes one function per channel, named from it.
 */
export const IPC_CONTRACT = {
  /** Facts about the running app: version, the system's language, platform. */
  'app:info': channelTypes<undefined, AppInfo>(),
  /** Opens the folder of the local crash log in the system's file manager (the About view). */
  'app:revealLogFolder': channelTypes<undefined, null>(),
  /**
   * Writes a file the renderer made (a backup, notes as Markdown) where the person chooses in
   * a native save dialog; the renderer never names a path.
   */
  'backup:save': channelTypes<{ kind: BackupFileKind; suggestedName: string; content: string }, { saved: boolean }>(),
  /** Reads a backup the person chooses in a native open dialog, checked whole before it is returned. */
  'backup:open': channelTypes<undefined, BackupOpenOutcome>(),
  /** Version and size of the bundled dataset, cheap to ask at every start. */
  'dataset:manifest': channelTypes<undefined, DatasetManifest>(),
  /** The whole bundled dataset, for the renderer to store offline. */
  'dataset:load': channelTypes<undefined, Dataset>(),
  /**
   * Reads the files a person picks in a native open dialog to add to their library (page
   * exports, saved pages, Markdown): their names and bytes, or why one was not read. The
   * renderer never names a path; the import itself runs in the renderer, on the bytes.
   */
  'library:openFiles': channelTypes<undefined, LibraryOpenOutcome>(),
  /** Opens an https address in the system browser once the person confirms. */
  'link:openExternal': channelTypes<{ url: string }, { opened: boolean }>(),
  /**
   * Prints the window's page as it is (through its print stylesheet) to a PDF the person
   * places with a native save dialog; the renderer sends only the running header and footer.
   */
  'print:savePdf': channelTypes<
    { suggestedName: string; header: string; footer: string; landscape: boolean },
    { saved: boolean }
  >(),
  /** Tells the main process the interface language, for its menus and dialogs. */
  'ui:setLanguage': channelTypes<{ language: Language }, null>(),
};

export type IpcContract = typeof IPC_CONTRACT;
export type IpcChannel = keyof IpcContract;
type TypesOf<C extends IpcChannel> = NonNullable<IpcContract[C][typeof phantom]>;
export type IpcArg<C extends IpcChannel> = TypesOf<C>['arg'];
export type IpcValue<C extends IpcChannel> = TypesOf<C>['value'];

/** Every channel's name, in the contract's order: what main registers and the preload exposes. */
export const IPC_CHANNELS: readonly IpcChannel[] = Object.keys(IPC_CONTRACT) as IpcChannel[];

export interface AppInfo {
  version: string;
  /** The system's preferred language as Electron reports it (e.g. `fr-FR`). */
  locale: string;
  platform: string;
}

/** What a saved file holds: a backup (JSON) or notes to read (Markdown). */
export const BACKUP_FILE_KINDS = ['json', 'markdown'] as const;
export type BackupFileKind = (typeof BACKUP_FILE_KINDS)[number];

export interface DatasetManifest {
  version: string;
  documentCount: number;
}

export const IPC_ERROR_CODES = [
  'invalid-argument',
  'untrusted-sender',
  'dataset-unavailable',
  'refused',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** What the UI needs to explain a failure: a code it translates, and details for the log. */
export interface IpcError {
  code: IpcErrorCode;
  detail: string;
}

export type IpcResult<C extends IpcChannel> = Result<IpcValue<C>, IpcError>;

/** `dataset:load` → `datasetLoad`: the preload's function name for a channel. */
export type ApiName<C extends string> = C extends `${infer Domain}:${infer Verb}`
  ? `${Domain}${Capitalize<Verb>}`
  : never;

/** The preload's function name for a channel at run time, as `ApiName` spells it in types. */
export function apiNameOf<C extends IpcChannel>(channel: C): ApiName<C> {
  const separator = channel.indexOf(':');
  const verb = channel.slice(separator + 1);
  return `${channel.slice(0, separator)}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as ApiName<C>;
}

/** One function per channel, named by `ApiName`. */
export type ChannelFunctions = {
  [C in IpcChannel as ApiName<C>]: IpcArg<C> extends undefined
    ? () => Promise<IpcResult<C>>
    : (arg: IpcArg<C>) => Promise<IpcResult<C>>;
};

/** The API the preload exposes on `window.reperes`: one function per channel. */
export type ReperesApi = ChannelFunctions & {
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** A file picked for the library: its bytes, or why it was not read (size first: a huge file is never read). */
export type PickedFile =
  | { name: string; status: 'read'; bytes: Uint8Array }
  | { name: string; status: 'refused'; reason: 'too-large' | 'unreadable'; size: number };

export type LibraryOpenOutcome = { status: 'cancelled' } | { status: 'picked'; files: PickedFile[] };

/** Commands the native menu sends to the renderer (main → renderer only). */
export const MENU_COMMANDS = [
  'go-back',
  'go-forward',
  'go-library',
  'go-glossary',
  'go-about',
  'focus-search',
  'go-bookmarks',
  'go-notes',
  'toggle-bookmark',
  'add-note',
  'export-backup',
  'import-backup',
  'import-documents',
  'show-shortcuts',
  'use-language-fr',
  'use-language-en',
  'read-fr',
  'read-en',
  'read-both',
  'text-larger',
  'text-smaller',
  'text-reset',
  'copy-citation',
  'save-pdf',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The name under which the preload exposes the API in the renderer's main world. */
export const API_GLOBAL = 'reperes';
