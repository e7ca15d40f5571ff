import { useEffect, useState } from 'react';
import type { IpcResult } from '@shared/ipc/contract';
import type { IngestProgress } from '../db/ingest';
import { syncDataset, type SyncFailure } from '../db/sync';
import { useServices } from '../services/context';

export type SyncState =
  | { phase: 'checking' }
  | { phase: 'ingesting'; progress: IngestProgress }
  | { phase: 'ready'; version: string; ingested: boolean }
  | { phase: 'failed'; failure: SyncFailure };

export interface EarlyDatasetCheck {
  /** Main's manifest, asked for by the entry chunk; the first check uses it, a retry asks again. */
  manifest: Promise<IpcResult<'dataset:manifest'>>;
  /** On a first run, the dataset the entry chunk asked for at once (null when it did not). */
  dataset: Promise<IpcResult<'dataset:load'> | null>;
  /** The version the store holds (null on a first run): a warm start shows it at once. */
  storedVersion: string | null;
}

/**
 * Runs the dataset check (and ingest when needed) once; `retry` runs it again. On a warm
 * start the state is ready from the first render — the library comes straight from the
 * store — and the check runs behind it; only a new dataset (or a failure) interrupts.
 */
export function useDatasetSync({ manifest, dataset, storedVersion }: EarlyDatasetCheck): {
  state: SyncState;
  retry: () => void;
} {
  const { db, api } = useServices();
  const [state, setState] = useState<SyncState>(() =>
    storedVersion === null ? { phase: 'checking' } : { phase: 'ready', version: storedVersion, ingested: false },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    const update = (next: SyncState): void => {
      if (!cancelled) setState((current) => (sameReadyState(current, next) ? current : next));
    };
    // The first check uses what the entry chunk asked for; a retry asks again.
    const source =
      attempt === 0
        ? {
            datasetManifest: () => manifest,
            datasetLoad: () => dataset.then((early) => early ?? api.datasetLoad()),
          }
        : api;
    void syncDataset(db, source, (progress) => update({ phase: 'ingesting', progress })).then((result) => {
      update(result.ok ? { phase: 'ready', ...result.value } : { phase: 'failed', failure: result.error });
      // Ask the browser engine to keep the store even under storage pressure: notes live here.
      if (result.ok) void navigator.storage?.persist?.().catch(() => false);
    });
    return () => {
      cancelled = true;
    };
  }, [db, api, attempt, manifest, dataset]);
  return { state, retry: () => setAttempt((count) => count + 1) };
}

/** A warm start's check confirming what is already shown changes nothing (no re-render). */
const sameReadyState = (current: SyncState, next: SyncState): boolean =>
  current.phase === 'ready' && next.phase === 'ready' && current.version === next.version && !next.ingested;
