/** The formats a person's file can be imported from. */
export type { ImportFormat } from '../library/vocabulary';

const extensionOf = (fileName: string): string => /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'mdown', 'mkd']);
// A page saved by a browser opens with a doctype or <html>, perhaps after a comment
// ("<!-- saved from url=… -->") or an XML declaration.
const HTML_OPENING = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/iu;

/** Whether a file is a web page, by its name or its first bytes (read as ASCII). */
export function looksLikeHtml(fileName: string, opening: string): boolean {
  return HTML_EXTENSIONS.has(extensionOf(fileName)) || HTML_OPENING.test(opening);
}

/**
 * The reader a file goes to: its name decides for web pages and Markdown, its content for
 * a web page saved under another name; everything else is text (a page export or plain
 * text, which only the page parser can tell apart).
 */
export function formatByName(fileName: string, opening: string): 'html' | 'markdown' | 'text' {
  if (looksLikeHtml(fileName, opening)) return 'html';
  if (MARKDOWN_EXTENSIONS.has(extensionOf(fileName))) return 'markdown';
  return 'text';
}
