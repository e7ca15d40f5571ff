import { appChannels, type AppDeps } from './app';
import { backupChannels, type BackupDeps } from './backup';
import { datasetChannels } from './dataset';
import type { IpcDomains } from './declaration';
import { libraryChannels, type LibraryDeps } from './library';
import { linkChannels } from './links';
import { printChannels, type PrintDeps } from './print';
import { uiChannels, type UiDeps } from './ui';
import type { DatasetSource } from '../dataset-source';
import type { ExternalLinkDeps } from '../security';

/** The main process's services, each handed only to the domain that uses it. */
export interface IpcServices {
  app: AppDeps;
  backup: BackupDeps;
  dataset: Pick<DatasetSource, 'load' | 'manifest'>;
  externalLinks: ExternalLinkDeps;
  library: LibraryDeps;
  print: PrintDeps;
  ui: UiDeps;
}

/** Every domain's channels. `IpcDomains` fails to compile if a channel is missing or misplaced. */
export function declareIpcDomains(services: IpcServices): IpcDomains {
  return {
    app: appChannels(services.app),
    backup: backupChannels(services.backup),
    dataset: datasetChannels(services.dataset),
    library: libraryChannels(services.library),
    link: linkChannels(services.externalLinks),
    print: printChannels(services.print),
    ui: uiChannels(services.ui),
  };
}
