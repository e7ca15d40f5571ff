import { contextBridge, ipcRenderer } from 'electron';
import {
  API_GLOBAL,
  apiNameOf,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  type ChannelFunctions,
  type MenuCommand,
  type ReperesApi,
} from '@shared/ipc/contract';

// Sandboxed preload: bundled as one CommonJS file that requires nothing but 'electron'.
// It exposes one named function per channel of the contract and nothing of ipcRenderer
// itself; each passes the page's arguments on as they are, for main to validate.
const channelFunctions = Object.fromEntries(
  IPC_CHANNELS.map((channel) => [apiNameOf(channel), (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as ChannelFunctions;

// Frozen here, by the preload itself: the page can neither replace a function nor add one
// (the contextBridge copies the object it is given; what is asserted is this object).
const api: ReperesApi = Object.freeze({
  ...channelFunctions,
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld(API_GLOBAL, api);
