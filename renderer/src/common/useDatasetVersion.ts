import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../services/context';

/** The stored dataset's version (named by citations, PDFs and the library); undefined until read. */
export function useDatasetVersion(): string | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.datasetMeta.get('current'), [db])?.version;
}
