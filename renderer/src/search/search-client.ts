import { wrap, type Remote } from 'comlink';
import type { SearchService } from './search-service';

export type SearchClient = Remote<Pick<SearchService, 'prepare' | 'search'>>;

/**
 * Starts the search worker and talks to it through Comlink: each call is a message, each
 * answer a promise, typed from the service itself. The worker is a module served from the
 * app's own origin, which the content security policy allows (`worker-src 'self'`).
 */
export function startSearchWorker(): { client: SearchClient; stop: () => void } {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const client = wrap<Pick<SearchService, 'prepare' | 'search'>>(worker);
  return { client, stop: () => worker.terminate() };
}
