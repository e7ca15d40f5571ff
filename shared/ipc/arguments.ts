import { z } from 'zod';
import { LanguageSchema } from '../document/schema';
import type { IpcArg, IpcChannel } from './contract';

/** Longest web address the app agrees to hand to the system browser. */
export const MAX_URL_LENGTH = 2048;

/** How the main process checks each channel's argument, which it receives as `unknown`. */
export const IPC_ARGUMENT_SCHEMAS = {
  'app:info': z.undefined(),
  'dataset:manifest': z.undefined(),
  'dataset:load': z.undefined(),
  'link:openExternal': z.strictObject({ url: z.string().min(1).max(MAX_URL_LENGTH) }),
  'ui:setLanguage': z.strictObject({ language: LanguageSchema }),
} satisfies { [C in IpcChannel]: z.ZodType<IpcArg<C>> };
