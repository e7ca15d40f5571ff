import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_ARGUMENT_SCHEMAS } from '@shared/ipc/arguments';
import { IPC_CHANNELS, type IpcArg, type IpcChannel, type IpcError, type IpcResult } from '@shared/ipc/contract';
import { err } from '@shared/result';
import { isAppUrl } from './security';

/** One handler per channel; it receives an argument already validated against the contract. */
export type IpcHandlers = { [C in IpcChannel]: (arg: IpcArg<C>) => Promise<IpcResult<C>> };

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object of the wrong shape' : `a ${typeof value}`;
};

/**
 * Validates one call before it reaches a handler: it must come from the app's own page and
 * carry at most one argument of the channel's shape. Never throws: every failure becomes a
 * typed error the renderer can show.
 */
export async function dispatch<C extends IpcChannel>(
  channel: C,
  handlers: IpcHandlers,
  senderUrl: string | undefined,
  args: readonly unknown[],
  appOrigins: readonly string[],
): Promise<IpcResult<C>> {
  if (senderUrl === undefined || !isAppUrl(senderUrl, appOrigins)) {
    return err<IpcError>({ code: 'untrusted-sender', detail: `${channel} called from a page that is not the app's` });
  }
  if (args.length > 1) {
    return err<IpcError>({
      code: 'invalid-argument',
      detail: `${channel} takes at most one argument, got ${args.length}`,
    });
  }
  const parsed = IPC_ARGUMENT_SCHEMAS[channel].safeParse(args[0]);
  if (!parsed.success) {
    return err<IpcError>({
      code: 'invalid-argument',
      detail: `${channel} received ${describe(args[0])}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'argument'}: ${issue.message}`).join('; ')}`,
    });
  }
  try {
    const handler = handlers[channel] as (arg: unknown) => Promise<IpcResult<C>>;
    return await handler(parsed.data);
  } catch (error) {
    return err<IpcError>({ code: 'internal', detail: `${channel} failed: ${(error as Error).message}` });
  }
}

/** Registers exactly the contract's channels with Electron. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  appOrigins: readonly string[],
): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      dispatch(channel, handlers, event.senderFrame?.url, args, appOrigins),
    );
  }
}
