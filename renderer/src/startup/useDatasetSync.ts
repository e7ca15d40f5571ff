import { useEffect, useState } from 'react';
import type { IngestProgress } from '../db/ingest';
import { syncDataset, type SyncFailure } from '../db/sync';
import { useServices } from '../services/context';
import { markStartup } from './marks';

export type SyncState =
  | { phase: 'checking' }
  | { phase: 'ingesting'; progress: IngestProgress }
  | { phase: 'ready'; version: string; ingested: boolean }
  | { phase: 'failed'; failure: SyncFailure };

/** Runs the dataset check (and ingest when needed) once; `retry` runs it again. */
export function useDatasetSync(): { state: SyncState; retry: () => void } {
  const { db, api } = useServices();
  const [state, setState] = useState<SyncState>({ phase: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const update = (next: SyncState): void => {
      if (!cancelled) setState(next);
    };
    const marked = {
      ...api,
      datasetManifest: () => api.datasetManifest().finally(() => markStartup('manifest-answered')),
    };
    void syncDataset(db, marked, (progress) => update({ phase: 'ingesting', progress })).then((result) => {
      update(result.ok ? { phase: 'ready', ...result.value } : { phase: 'failed', failure: result.error });
      // Ask the browser engine to keep the store even under storage pressure: notes live here.
      if (result.ok) void navigator.storage?.persist?.().catch(() => false);
    });
    return () => {
      cancelled = true;
    };
  }, [db, api, attempt]);
  return { state, retry: () => setAttempt((count) => count + 1) };
}
