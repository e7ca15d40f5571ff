import { z } from 'zod';
import type { AppInfo } from '@shared/ipc/contract';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

export interface AppDeps {
  appInfo(): AppInfo;
}

/** Facts about the running app. */
export function appChannels(deps: AppDeps): IpcDomain<'app'> {
  return {
    'app:info': {
      argument: z.undefined(),
      handle: async () => ok(deps.appInfo()),
    },
  };
}
