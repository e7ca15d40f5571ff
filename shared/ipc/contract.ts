import type { Dataset } from '../dataset/schema';
import type { Language } from '../document/vocabulary';
import type { Result } from '../result';

/**
 * The one contract between the renderer and the main process: each channel (`domain:verb`)
 * with the argument the renderer sends and the value it gets back. The main process
 * registers exactly these handlers and validates every argument as `unknown`; the preload
 * exposes one function per channel, checked against this map with `satisfies`.
 */
export interface IpcContract {
  /** Facts about the running app: version, the system's language, platform. */
  'app:info': { arg: undefined; value: AppInfo };
  /** Version and size of the bundled dataset, cheap to ask at every start. */
  'dataset:manifest': { arg: undefined; value: DatasetManifest };
  /** The whole bundled dataset, for the renderer to store offline. */
  'dataset:load': { arg: undefined; value: Dataset };
  /** Opens an https address in the system browser once the person confirms. */
  'link:openExternal': { arg: { url: string }; value: { opened: boolean } };
  /** Tells the main process the interface language, for its menus and dialogs. */
  'ui:setLanguage': { arg: { language: Language }; value: null };
}

export type IpcChannel = keyof IpcContract;
export type IpcArg<C extends IpcChannel> = IpcContract[C]['arg'];
export type IpcValue<C extends IpcChannel> = IpcContract[C]['value'];

export interface AppInfo {
  version: string;
  /** The system's preferred language as Electron reports it (e.g. `fr-FR`). */
  locale: string;
  platform: string;
}

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

/** The API the preload exposes on `window.reperes`: one function per channel. */
export type ReperesApi = {
  [C in IpcChannel as ApiName<C>]: IpcArg<C> extends undefined
    ? () => Promise<IpcResult<C>>
    : (arg: IpcArg<C>) => Promise<IpcResult<C>>;
} & {
  /** Subscribes to commands from the native menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** Commands the native menu sends to the renderer (main → renderer only). */
export const MENU_COMMANDS = [
  'go-back',
  'go-forward',
  'go-library',
  'go-glossary',
  'go-about',
  'show-shortcuts',
  'use-language-fr',
  'use-language-en',
  'read-fr',
  'read-en',
  'read-both',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** The name under which the preload exposes the API in the renderer's main world. */
export const API_GLOBAL = 'reperes';

export const IPC_CHANNELS = [
  'app:info',
  'dataset:manifest',
  'dataset:load',
  'link:openExternal',
  'ui:setLanguage',
] as const satisfies readonly IpcChannel[];
// Fails to compile if a channel is added to the contract but not to the list above.
type MissingChannel = Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>;
export const everyChannelListed: MissingChannel extends never ? true : never = true;
