import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type IpcChannel, type IpcError, type IpcResult } from '@shared/ipc/contract';
import { err } from '@shared/result';
import { isAppUrl } from '../security';
import type { ChannelDeclaration, IpcDeclarations, IpcDomains } from './declaration';

/** Longest error detail sent back to the page: a hostile argument cannot make main echo it whole. */
export const MAX_ERROR_DETAIL = 512;

const failure = (code: IpcError['code'], detail: string): { ok: false; error: IpcError } =>
  err<IpcError>({ code, detail: detail.slice(0, MAX_ERROR_DETAIL) });

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object of the wrong shape' : `a ${typeof value}`;
};

/** The domains' channels in one map, looked up by channel. */
export function channelDeclarations(domains: IpcDomains): IpcDeclarations {
  return Object.assign({}, ...Object.values(domains)) as IpcDeclarations;
}

/**
 * Validates one call before it reaches its handler: it must come from the app's own page
 * and carry at most one argument of the channel's shape. Never throws: every failure
 * becomes a typed error the renderer can show.
 */
export async function dispatch<C extends IpcChannel>(
  channel: C,
  declarations: Pick<IpcDeclarations, C>,
  senderUrl: string | undefined,
  args: readonly unknown[],
  appOrigins: readonly string[],
): Promise<IpcResult<C>> {
  if (senderUrl === undefined || !isAppUrl(senderUrl, appOrigins)) {
    return failure('untrusted-sender', `${channel} called from a page that is not the app's`);
  }
  if (args.length > 1) {
    return failure('invalid-argument', `${channel} takes at most one argument, got ${args.length}`);
  }
  const declaration: ChannelDeclaration<C> = declarations[channel];
  const parsed = declaration.argument.safeParse(args[0]);
  if (!parsed.success) {
    return failure(
      'invalid-argument',
      `${channel} received ${describe(args[0])}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'argument'}: ${issue.message}`).join('; ')}`,
    );
  }
  try {
    return await declaration.handle(parsed.data);
  } catch (error) {
    return failure('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Registers exactly the contract's channels with Electron, each behind `dispatch`. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  domains: IpcDomains,
  appOrigins: readonly string[],
): void {
  const declarations = channelDeclarations(domains);
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      dispatch(channel, declarations, event.senderFrame?.url, args, appOrigins),
    );
  }
}
