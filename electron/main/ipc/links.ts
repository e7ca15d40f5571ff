import { z } from 'zod';
import { err, ok } from '@shared/result';
import { MAX_EXTERNAL_URL_LENGTH, openExternalAfterConfirmation, type ExternalLinkDeps } from '../security';
import type { IpcDomain } from './declaration';

/** Longest web address the channel takes: the same cap as every other way out of the app. */
export const MAX_URL_LENGTH = MAX_EXTERNAL_URL_LENGTH;

/** Addresses outside the app, opened in the system browser once the person agrees. */
export function linkChannels(externalLinks: ExternalLinkDeps): IpcDomain<'link'> {
  return {
    'link:openExternal': {
      argument: z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) }),
      handle: async ({ url }) => {
        const outcome = await openExternalAfterConfirmation(url, externalLinks);
        return outcome === 'refused'
          ? err({
              code: 'refused',
              detail: 'only https pages on a named host and mail addresses can be opened outside the app',
            })
          : ok({ opened: outcome === 'opened' });
      },
    },
  };
}
