import type { z } from 'zod';
import type { IpcArg, IpcChannel, IpcResult } from '@shared/ipc/contract';

/**
 * What a domain says about one of its channels: how to check the argument, which arrives
 * as `unknown`, and what to do with it once checked. Checking the sender and running the
 * schema are the registry's job, never the domain's, so no channel can skip them.
 */
export interface ChannelDeclaration<C extends IpcChannel> {
  argument: z.ZodType<IpcArg<C>>;
  handle(arg: IpcArg<C>): Promise<IpcResult<C>>;
}

type DomainOf<C extends string> = C extends `${infer Domain}:${string}` ? Domain : never;

/** The contract's domains, read from its channels' names (`dataset` for `dataset:load`). */
export type IpcDomainName = DomainOf<IpcChannel>;

/** Every channel of one domain (`dataset:*` for `dataset`), each declared. */
export type IpcDomain<D extends IpcDomainName> = {
  [C in Extract<IpcChannel, `${D}:${string}`>]: ChannelDeclaration<C>;
};

/**
 * Every domain, each once. A channel belongs to the domain its name starts with, so this
 * type holds exactly when the domains together declare each channel of the contract once.
 */
export type IpcDomains = { [D in IpcDomainName]: IpcDomain<D> };

/** Every channel of the contract, declared. */
export type IpcDeclarations = { [C in IpcChannel]: ChannelDeclaration<C> };
