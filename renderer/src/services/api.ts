import { API_GLOBAL, type ReperesApi } from '@shared/ipc/contract';

declare global {
  interface Window {
    [API_GLOBAL]?: ReperesApi;
  }
}

/** The preload's typed API; its absence means the page runs outside the app. */
export function getApi(): ReperesApi | null {
  return window[API_GLOBAL] ?? null;
}
