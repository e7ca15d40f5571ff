/**
 * The running header and footer of a saved PDF. Chromium draws them from HTML templates in
 * which the classes `pageNumber` and `totalPages` are filled in per page; everything else in
 * a template is ours, so the texts the renderer sends are escaped here and can never become
 * markup. Templates are drawn outside the page's styles: each sets its own font and size.
 */

import { foldText } from '../text/fold';

/** How long a running header or footer line may be: a title and an address, not a page. */
export const MAX_PDF_LINE = 300;

/** Paper and margins (inches, as Electron's `printToPDF` takes them): A4 with room for the running lines. */
export const PDF_PAGE = {
  pageSize: 'A4',
  margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 },
} as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);
}

const LINE_STYLE =
  'font-family: sans-serif; font-size: 8px; color: #555; width: 100%; margin: 0 0.6in; display: flex; justify-content: space-between; gap: 1em;';

export interface PdfRunningLines {
  /** Above every page: the document's title and its source. */
  header: string;
  /** Below every page, before the page number: the app and the dataset's version. */
  footer: string;
}

export function pdfPageTemplates({ header, footer }: PdfRunningLines): {
  headerTemplate: string;
  footerTemplate: string;
} {
  return {
    headerTemplate: `<div style="${LINE_STYLE}"><span>${escapeHtml(header)}</span></div>`,
    footerTemplate:
      `<div style="${LINE_STYLE}"><span>${escapeHtml(footer)}</span>` +
      '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
  };
}

/**
 * The file name a save dialog suggests for a document: its title folded to plain letters
 * and dashes, cut on a word, then the languages it holds (`…-fr-en.pdf` side by side).
 */
export function pdfFileName(title: string, languages: readonly string[]): string {
  const words = foldText(title)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > 60) break;
    kept.push(word);
  }
  const stem = kept.length > 0 ? kept.join('-') : 'document';
  return `${stem}-${languages.join('-')}.pdf`;
}
