import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type IpcChannel,
  type MenuCommand,
  type ReperesApi,
} from '@shared/ipc/contract';

// Sandboxed preload: bundled as one CommonJS file that requires nothing but 'electron'.
// It exposes one named function per channel and nothing of ipcRenderer itself.
const invoke = (channel: IpcChannel, ...args: unknown[]) => ipcRenderer.invoke(channel, ...args);

const api = {
  appInfo: () => invoke('app:info'),
  datasetManifest: () => invoke('dataset:manifest'),
  datasetLoad: () => invoke('dataset:load'),
  linkOpenExternal: (arg) => invoke('link:openExternal', arg),
  uiSetLanguage: (arg) => invoke('ui:setLanguage', arg),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies ReperesApi;

contextBridge.exposeInMainWorld(API_GLOBAL, api);
