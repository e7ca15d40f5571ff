import { z } from 'zod';
import type { IpcError } from '@shared/ipc/contract';
import { err } from '@shared/result';
import type { DatasetSource } from '../dataset-source';
import type { IpcDomain } from './declaration';

const unavailable = (detail: string): { ok: false; error: IpcError } => err({ code: 'dataset-unavailable', detail });

/** The bundled dataset, for the renderer to store offline. */
export function datasetChannels(dataset: Pick<DatasetSource, 'load' | 'manifest'>): IpcDomain<'dataset'> {
  return {
    'dataset:manifest': {
      argument: z.undefined(),
      handle: async () => {
        const manifest = await dataset.manifest();
        return manifest.ok ? manifest : unavailable(manifest.error);
      },
    },
    'dataset:load': {
      argument: z.undefined(),
      handle: async () => {
        const loaded = await dataset.load();
        return loaded.ok ? loaded : unavailable(loaded.error);
      },
    },
  };
}
