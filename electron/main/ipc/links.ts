import { z } from 'zod';
import { err, ok } from '@shared/result';
import { openExternalAfterConfirmation, type ExternalLinkDeps } from '../security';
import type { IpcDomain } from './declaration';

/** Longest web address the app agrees to hand to the system browser. */
export const MAX_URL_LENGTH = 2048;

/** Addresses outside the app, opened in the system browser once the person agrees. */
export function linkChannels(externalLinks: ExternalLinkDeps): IpcDomain<'link'> {
  return {
    'link:openExternal': {
      argument: z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) }),
      handle: async ({ url }) => {
        const outcome = await openExternalAfterConfirmation(url, externalLinks);
        return outcome === 'refused'
          ? err({ code: 'refused', detail: 'only https addresses can be opened in the browser' })
          : ok({ opened: outcome === 'opened' });
      },
    },
  };
}
