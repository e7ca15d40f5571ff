import { findNavigation } from '../parser/navigation';
import { parsePage } from '../parser/parse-page';
import { err, ok, type Result } from '../result';
import type { FormatDraft } from './format-draft';
import { importError, type ImportError } from './import-error';

/**
 * The draft of an IOM page export (the site's navigation flattened to text, then the page),
 * read by the same parser as the bundled pages; null when the text has no such navigation.
 */
export function draftFromPageExport(text: string, fileName: string): Result<FormatDraft, ImportError> | null {
  // Looking for the menu first spares plain text a full parse (the page parser is tuned for
  // exports of a few kilobytes; it takes seconds over megabytes of plain text).
  if (findNavigation(text.split(/\r\n?|\n/u)).language === null) return null;
  const parsed = parsePage(text, { fileName });
  if (!parsed.ok) {
    const code =
      parsed.error.code === 'empty' ? 'no-text' : parsed.error.code === 'not-utf8' ? 'undecodable' : parsed.error.code;
    return err(importError(code, parsed.error.message));
  }
  const { page, warnings, hints } = parsed.value;
  if (page.blocks.length === 0)
    return err(importError('no-text', 'the page export has its navigation but no page text'));
  // The parser's reading of the page (its category line, a date opening the first sentence)
  // says more than a guess from the words.
  return ok({ content: page, declaredKind: hints.kind, metadataDate: hints.date, urls: [], warnings });
}
