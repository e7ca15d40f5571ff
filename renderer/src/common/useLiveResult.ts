import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live Dexie query that tells "still loading" (undefined) from "loaded, nothing found"
 * ({ value: undefined }).
 */
export function useLiveResult<T>(query: () => Promise<T>, deps: unknown[]): { value: T } | undefined {
  return useLiveQuery(async () => ({ value: await query() }), deps);
}
