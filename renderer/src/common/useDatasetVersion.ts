import { useReadingSettings } from '../settings/ReadingSettings';

/** The stored dataset's version (named by citations, PDFs and the library); undefined until read. */
export function useDatasetVersion(): string | undefined {
  return useReadingSettings().datasetVersion;
}
