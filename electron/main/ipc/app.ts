import { z } from 'zod';
import type { AppInfo } from '@shared/ipc/contract';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

export interface AppDeps {
  appInfo(): AppInfo;
  /** Opens the folder of the local crash log in the system's file manager. */
  revealLogFolder(): Promise<void>;
}

/** Facts about the running app. */
export function appChannels(deps: AppDeps): IpcDomain<'app'> {
  return {
    'app:info': {
      argument: z.undefined(),
      handle: async () => ok(deps.appInfo()),
    },
    'app:revealLogFolder': {
      argument: z.undefined(),
      handle: async () => {
        await deps.revealLogFolder();
        return ok(null);
      },
    },
  };
}
