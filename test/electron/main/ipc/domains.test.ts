import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import type { IpcDomain } from '../../../../electron/main/ipc/declaration';
import { declareIpcDomains } from '../../../../electron/main/ipc/domains';

const unused = (): never => {
  throw new Error('not called');
};

const domains = declareIpcDomains({
  app: { appInfo: unused, revealLogFolder: unused },
  backup: {
    chooseSavePath: unused,
    chooseOpenPath: unused,
    fileSize: unused,
    readFile: unused,
    writeFileAtomic: unused,
  },
  dataset: { manifest: unused, load: unused },
  externalLinks: { confirm: unused, openExternal: unused },
  library: { chooseDocumentPaths: unused, fileSize: unused, readFile: unused },
  print: { chooseSavePath: unused, printToPdf: unused, writeFileAtomic: unused },
  ui: { setLanguage: unused },
});

const { 'app:info': appInfo } = domains.app;
const { 'dataset:manifest': manifest, 'dataset:load': load } = domains.dataset;
// What the types refuse, checked by `npm run typecheck`: a domain that leaves out one of
// its channels, and a domain that declares another domain's channel.
void [
  // @ts-expect-error 'dataset:load' is missing
  { 'dataset:manifest': manifest } satisfies IpcDomain<'dataset'>,
  // @ts-expect-error 'app:info' belongs to the app domain
  { 'dataset:manifest': manifest, 'dataset:load': load, 'app:info': appInfo } satisfies IpcDomain<'dataset'>,
];

describe('the IPC domains', () => {
  it('declare every channel of the contract exactly once, in the domain its name starts with', () => {
    const declared = Object.entries(domains).flatMap(([domain, channels]) =>
      Object.keys(channels).map((channel) => ({ domain, channel })),
    );
    expect(declared.map(({ channel }) => channel).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(declared.filter(({ domain, channel }) => !channel.startsWith(`${domain}:`))).toEqual([]);
  });
});
