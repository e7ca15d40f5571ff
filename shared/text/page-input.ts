import { err, ok, type Result } from '../result';

export type PageInputErrorCode = 'empty' | 'binary' | 'not-utf8' | 'too-large';
export interface PageInputError {
  code: PageInputErrorCode;
  message: string;
}

/** Larger than any page export by two orders of magnitude; bigger input is not a page. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

// Control characters other than tab, line feed and carriage return.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Turns the bytes of a file into page text, or says in one sentence why they are not text.
 * Shared by the CLI and, later, by the import of personal pages.
 */
export function decodePageBytes(bytes: Uint8Array): Result<string, PageInputError> {
  if (bytes.length > MAX_PAGE_BYTES) {
    return err({
      code: 'too-large',
      message: `the file is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MiB; a page export is a few kilobytes`,
    });
  }
  if (bytes.includes(0)) {
    return err({ code: 'binary', message: 'the file is binary (it contains NUL bytes), not a text page export' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err({ code: 'not-utf8', message: 'the file is not valid UTF-8 text; save it as UTF-8 and try again' });
  }
  return checkPageText(text);
}

/** Rejects text that is empty or mostly control characters; strips a byte-order mark. */
export function checkPageText(text: string): Result<string, PageInputError> {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    return err({ code: 'empty', message: 'the file is empty: there is no text to read' });
  }
  if (withoutBom.includes('\u0000')) {
    return err({ code: 'binary', message: 'the text contains NUL characters: it is binary data, not a page export' });
  }
  const controls = withoutBom.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (controls / withoutBom.length > 0.05) {
    return err({
      code: 'binary',
      message: 'the text is mostly control characters: it is binary data, not a page export',
    });
  }
  return ok(withoutBom);
}

/** Removes stray control characters; says how many it removed. */
export function stripControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CONTROL_CHARACTERS, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
}
