import type { ReperesApi } from '@shared/ipc/contract';
import { err, ok, type Result } from '@shared/result';
import { ingestDataset, type IngestProgress } from './ingest';
import { reanchorAfterIngest } from './reanchor-after-ingest';
import type { ReperesDatabase } from './schema';
import { storageFaultOf, type StorageFault } from './storage-fault';
import { LATEST_DATABASE_VERSION } from './versions/all-versions';

export interface SyncFailure {
  /**
   * `dataset`: the app could not provide its dataset; `storage`: the offline store failed
   * (`fault` says how: a newer app's database, a full disk, a blocked upgrade).
   */
  kind: 'dataset' | 'storage';
  fault?: StorageFault;
  detail: string;
}

/**
 * Makes sure the offline store holds the bundled dataset. A warm start only compares
 * versions (the dataset itself is not even transferred); a new version is fetched from the
 * main process and ingested, reporting progress, and the person's notes are re-anchored in it.
 */
export async function syncDataset(
  db: ReperesDatabase,
  api: Pick<ReperesApi, 'datasetManifest' | 'datasetLoad'>,
  onProgress: (progress: IngestProgress) => void,
): Promise<Result<{ version: string; ingested: boolean }, SyncFailure>> {
  const manifest = await api.datasetManifest();
  if (!manifest.ok) return err({ kind: 'dataset', detail: manifest.error.detail });
  try {
    // A store a newer Repères wrote is not opened: this one must not write into a shape it
    // does not know (an ingest would clear its tables).
    if (await db.isFromNewerApp()) {
      return err({
        kind: 'storage',
        fault: 'newer-database',
        detail: `The offline store was written by a newer Repères; this one knows its versions up to ${LATEST_DATABASE_VERSION}.`,
      });
    }
    const current = await db.datasetMeta.get('current');
    if (current?.version === manifest.value.version) return ok({ version: current.version, ingested: false });
    const dataset = await api.datasetLoad();
    if (!dataset.ok) return err({ kind: 'dataset', detail: dataset.error.detail });
    await ingestDataset(db, dataset.value, onProgress);
    // Re-anchoring writes nothing unless it finishes; if it fails, the notes keep their old
    // anchors (the reader still finds unchanged words) and the app opens all the same.
    await reanchorAfterIngest(db, dataset.value).catch((error: unknown) => {
      console.error('Re-anchoring the notes failed; they keep their previous places.', error);
    });
    return ok({ version: dataset.value.version, ingested: true });
  } catch (error) {
    return err({
      kind: 'storage',
      fault: storageFaultOf(error),
      detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
}
