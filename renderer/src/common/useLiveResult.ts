import { useLiveQuery } from 'dexie-react-hooks';

/**
 * A live Dexie query that tells "still loading" (undefined) from "loaded, nothing found"
 * ({ value: undefined }); `initial`, when given, stands for the result until the query answers.
 */
export function useLiveResult<T>(
  query: () => Promise<T>,
  deps: unknown[],
  initial?: { value: T },
): { value: T } | undefined {
  return useLiveQuery(async () => ({ value: await query() }), deps, initial);
}
