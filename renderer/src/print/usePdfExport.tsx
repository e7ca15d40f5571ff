import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PDF_LINE } from '@shared/print/pdf-page';
import { useDatasetVersion } from '../common/useDatasetVersion';
import { useServices } from '../services/context';

export type PdfExportStatus = 'idle' | 'busy' | 'saved' | 'failed';

/**
 * Saving the page as it is now as a PDF, through main (`print:savePdf`): the file name and the
 * running header are the caller's, the footer names the dataset. `status` says how the last
 * save went; `clear` forgets it (unless a save is under way).
 */
export function usePdfExport(): {
  status: PdfExportStatus;
  save: (request: { suggestedName: string; header: string }) => Promise<void>;
  clear: () => void;
} {
  const { t } = useTranslation();
  const { api } = useServices();
  const version = useDatasetVersion();
  const [status, setStatus] = useState<PdfExportStatus>('idle');
  const save = useCallback(
    async ({ suggestedName, header }: { suggestedName: string; header: string }) => {
      setStatus('busy');
      try {
        const result = await api.printSavePdf({
          suggestedName,
          header: header.slice(0, MAX_PDF_LINE),
          footer: t('print.footer', { version: version ?? '?' }).slice(0, MAX_PDF_LINE),
          landscape: false,
        });
        setStatus(result.ok ? (result.value.saved ? 'saved' : 'idle') : 'failed');
      } catch {
        setStatus('failed');
      }
    },
    [api, t, version],
  );
  const clear = useCallback(() => setStatus((current) => (current === 'busy' ? current : 'idle')), []);
  return { status, save, clear };
}

/** How the last PDF save went, said politely to screen readers; empty when there is nothing to say. */
export function PdfExportStatusLine({ status }: { status: PdfExportStatus }) {
  const { t } = useTranslation();
  return (
    <span className="pdf-status" role="status">
      {status === 'busy' && t('print.busy')}
      {status === 'saved' && t('print.saved')}
      {status === 'failed' && t('print.failed')}
    </span>
  );
}
