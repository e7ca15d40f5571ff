import { z } from 'zod';
import { MAX_PDF_LINE, PDF_PAGE, pdfPageTemplates } from '@shared/print/pdf-page';
import { ok } from '@shared/result';
import type { IpcDomain } from './declaration';

/** What `webContents.printToPDF` is asked: Electron's own option names. */
export interface PdfOptions {
  pageSize: 'A4';
  margins: { top: number; bottom: number; left: number; right: number };
  landscape: boolean;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

export interface PrintDeps {
  /** The native save dialog for a PDF; the path chosen, or null when the person cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** The window's page as it is now, printed with its print stylesheet. */
  printToPdf(options: PdfOptions): Promise<Uint8Array>;
  /** Writes through a temporary file and a rename: an interrupted save never leaves half a PDF. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
}

/** A line of plain text: no control characters, which a running header has no use for. */
const RunningLineSchema = z
  .string()
  .max(MAX_PDF_LINE)
  .regex(/^[^\p{Cc}]*$/u);

/** A file name the save dialog may suggest: no folder, no reserved character, `.pdf`. */
const SuggestedNameSchema = z
  .string()
  .min(5)
  .max(120)
  .regex(/^[^/\\:*?"<>|\p{Cc}]+\.pdf$/u);

/** A document (or the Notes view) saved as a PDF, through the print stylesheet. */
export function printChannels(deps: PrintDeps): IpcDomain<'print'> {
  return {
    'print:savePdf': {
      argument: z.strictObject({
        suggestedName: SuggestedNameSchema,
        header: RunningLineSchema,
        footer: RunningLineSchema,
        landscape: z.boolean(),
      }),
      handle: async ({ suggestedName, header, footer, landscape }) => {
        const path = await deps.chooseSavePath(suggestedName);
        if (path === null) return ok({ saved: false });
        const bytes = await deps.printToPdf({
          ...PDF_PAGE,
          margins: { ...PDF_PAGE.margins },
          landscape,
          printBackground: true,
          displayHeaderFooter: true,
          ...pdfPageTemplates({ header, footer }),
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
        await deps.writeFileAtomic(path, bytes);
        return ok({ saved: true });
      },
    },
  };
}
