import type { DocumentContent, IsoDate, ParseWarning } from '../document/schema';
import type { DocumentKind } from '../document/vocabulary';
import { err, ok, type Result } from '../result';
import type { ExtractedArticle } from './article';
import { contentHashOf } from './content-hash';
import { isoDateFromDateText } from './dates';
import { decodeImportBytes } from './decode';
import { formatByName, looksLikeHtml, type ImportFormat } from './file-format';
import type { FormatDraft } from './format-draft';
import { draftFromHtml } from './html';
import { importError, type ImportError } from './import-error';
import { guessKind } from './kind';
import { draftFromMarkdown } from './markdown';
import { draftFromPageExport } from './page-export';
import { draftFromPlainText } from './plain-text';
import { sourceUrlOf } from './source-url';

export type { ImportFormat } from './file-format';
export type { ImportError, ImportErrorCode } from './import-error';
export type { ExtractedArticle, HtmlMetadata, HtmlTreeElement, HtmlTreeNode } from './article';
export { MAX_IMPORT_BYTES } from './decode';

/** A file made into a document, not yet saved: what the preview shows and the person corrects. */
export interface ImportDraft {
  format: ImportFormat;
  fileName: string;
  /** Hex SHA-256 of the normalised text of the blocks (and dateline), to detect the same content imported twice whatever the file name or format. */
  contentHash: string;
  /** Language (fr/en detected, or null), title, dateline, blocks, truncation. */
  content: DocumentContent;
  /** Guessed; the person can correct it. */
  kind: DocumentKind | null;
  /** From front matter, HTML metadata, or the dateline (when it gives a year). */
  date: IsoDate | null;
  /** From the dateline. */
  place: string | null;
  /** Canonical / og:url / front matter `source`; https only. */
  sourceUrl: string | null;
  warnings: ParseWarning[];
}

/** What the caller provides: the DOM the HTML reader needs (shared/ has none). */
export interface ImportEnvironment {
  /**
   * Parses a web page in an inert document (DOMParser in the app, jsdom in Node: no scripts
   * run, nothing is fetched), extracts its article (Readability) and sanitises it
   * (DOMPurify). renderer/src/import/html-reader.ts `createHtmlReader(window)` is the one
   * implementation; null when the page cannot be read at all.
   */
  readHtml(html: string): ExtractedArticle | null;
}

export interface ImportFile {
  /** The file's name (a path is accepted: only its last part is used). */
  name: string;
  bytes: Uint8Array;
}

/**
 * Turns a file a person brings (a saved web page, Markdown, plain text or an IOM page
 * export) into a document draft, or says in one sentence why it cannot. Pure: the bytes
 * come in, nothing is read, fetched or written.
 */
export function importFile(file: ImportFile, env: ImportEnvironment): Result<ImportDraft, ImportError> {
  const fileName = file.name.replace(/^.*[\\/]/u, '');
  const opening = new TextDecoder('windows-1252').decode(file.bytes.subarray(0, 1024));
  const decoded = decodeImportBytes(file.bytes, { html: looksLikeHtml(fileName, opening) });
  if (!decoded.ok) return decoded;
  const { text } = decoded.value;

  let read: { format: ImportFormat; draft: Result<FormatDraft, ImportError> };
  try {
    read = readFormat(fileName, text, env);
  } catch (error) {
    // The third-party parsers are not supposed to throw; a file that makes one (say, by
    // nesting ten thousand levels deep) is refused, never let through half-read.
    return err(importError('unreadable', `the file could not be read (${(error as Error).message.slice(0, 120)})`));
  }
  if (!read.draft.ok) return read.draft;
  const { content, declaredKind, metadataDate, urls, warnings } = read.draft.value;

  const source = sourceUrlOf(urls);
  const allWarnings = [...decoded.value.warnings, ...warnings];
  if (source.insecure !== null && source.url === null) {
    allWarnings.push({
      code: 'source-url-not-https',
      message: `the source address ${source.insecure.slice(0, 200)} is not https and was not kept`,
      line: null,
    });
  }
  const firstParagraph = content.blocks.find((block) => block.kind === 'paragraph');
  return ok({
    format: read.format,
    fileName,
    contentHash: contentHashOf(content),
    content,
    kind: guessKind({
      declared: declaredKind,
      title: content.title.text,
      opening: firstParagraph?.kind === 'paragraph' ? firstParagraph.text : '',
      dateline: content.dateline,
      dated: metadataDate !== null,
    }),
    date: metadataDate ?? isoDateFromDateText(content.dateline?.dateText ?? null),
    place: content.dateline?.place ?? null,
    sourceUrl: source.url,
    warnings: allWarnings,
  });
}

function readFormat(
  fileName: string,
  text: string,
  env: ImportEnvironment,
): { format: ImportFormat; draft: Result<FormatDraft, ImportError> } {
  const format = formatByName(fileName, text.slice(0, 1024));
  if (format === 'html') return { format, draft: draftFromHtml(text, fileName, (html) => env.readHtml(html)) };
  if (format === 'markdown') return { format, draft: draftFromMarkdown(text, fileName) };
  const pageExport = draftFromPageExport(text, fileName);
  if (pageExport !== null) return { format: 'page-export', draft: pageExport };
  const plain = draftFromPlainText(text, fileName);
  if (!plain.ok) return { format: 'text', draft: plain };
  const notAnExport: ParseWarning = {
    code: 'not-an-iom-export',
    message: 'the file is not an IOM page export (no site navigation at its top): it was imported as plain text',
    line: null,
  };
  return { format: 'text', draft: ok({ ...plain.value, warnings: [notAnExport, ...plain.value.warnings] }) };
}
